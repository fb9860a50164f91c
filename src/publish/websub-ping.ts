// WebSub publish pings: after a deploy, the hub hears that each language's feeds changed, fetches them and pushes the
// new articles to subscribers at once, instead of their next poll.
import { absoluteUrl } from "../seo/absolute-url.ts";
import { feedPaths } from "../seo/feeds.ts";

/** Every feed of every language, absolute, as subscribers know them: Atom, RSS and JSON Feed per language. */
export function feedUrls(siteUrl: string, languages: readonly string[]): string[] {
  return languages.flatMap((lang) => Object.values(feedPaths(lang)).map((sitePath) => absoluteUrl(siteUrl, sitePath)));
}

export interface PingResult {
  feedUrl: string;
  ok: boolean;
  /** One line for the terminal: what the hub answered for this feed. */
  line: string;
}

/** A hub that does not answer within this long is reported, so a deploy script never hangs on it. */
const timeoutMs = 30_000;

/**
 * The publish notification every public hub accepts (WebSub leaves its form to hubs; this is PubSubHubbub's):
 * a form-encoded POST of hub.mode=publish and hub.url. Any 2xx answer is acceptance, anything else is a failure.
 */
export async function pingHub(hubUrl: string, feedUrl: string): Promise<PingResult> {
  const body = new URLSearchParams({ "hub.mode": "publish", "hub.url": feedUrl });
  const failed = (found: string): PingResult => ({
    feedUrl,
    ok: false,
    line: `ping: ${feedUrl}: expected the hub ${hubUrl} to accept it (a 2xx answer), found ${found}`,
  });
  try {
    const response = await fetch(hubUrl, { method: "POST", body, signal: AbortSignal.timeout(timeoutMs) });
    // Read to the end, so the connection is free for the next ping.
    await response.arrayBuffer();
    if (!response.ok) return failed(`${response.status} ${response.statusText}`.trim());
    return { feedUrl, ok: true, line: `ping: ${feedUrl}: the hub accepted it (${response.status})` };
  } catch (error) {
    return failed(`no answer (${networkReason(error)})`);
  }
}

/** fetch's own message is "fetch failed"; the reason (ECONNREFUSED, a DNS failure, the timeout) is its cause. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

/** Pings the hub for each feed in turn (a hub is one server: no need to press it), in feed order. */
export async function pingFeeds(hubUrl: string, feeds: readonly string[]): Promise<PingResult[]> {
  const results: PingResult[] = [];
  for (const feedUrl of feeds) results.push(await pingHub(hubUrl, feedUrl));
  return results;
}
