// npm run ping against a WebSub hub this test runs on loopback: every language's three feeds are announced, and a hub
// that fails, or none at all, is a non-zero exit with one line.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runScriptAsync, stackTraceLine, tempSite } from "../helpers/commands.ts";
import { projectRoot } from "../helpers/site.ts";

interface Ping {
  method: string;
  path: string;
  contentType: string;
  form: Record<string, string>;
}

const siteUrl = "https://news.test";
// Written out, not derived from the code under test: what a subscriber to each language's feeds knows.
const everyFeed = ["ru", "en"].flatMap((lang) => ["feed.xml", "rss.xml", "feed.json"].map((file) => `${siteUrl}/${lang}/${file}`));

const pings: Ping[] = [];
// /fail answers 500, as a hub in trouble does; anything else 204, as hubs accept a publish ping.
const hub: Server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => {
    body += chunk.toString();
  });
  request.on("end", () => {
    pings.push({
      method: request.method ?? "",
      path: request.url ?? "",
      contentType: request.headers["content-type"] ?? "",
      form: Object.fromEntries(new URLSearchParams(body)),
    });
    response.writeHead(request.url === "/fail" ? 500 : 204).end();
  });
});

const root = tempSite([]);
const settings = readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8");
/** The project's _data/site.ts with websubHub set (or left out). */
function setHub(url: string | undefined): void {
  const line = url === undefined ? "" : `\n  websubHub: ${JSON.stringify(url)},`;
  writeFileSync(path.join(root, "_data/site.ts"), settings.replace(/^(\s*timeZone: .*)$/m, `$1${line}`));
}
const ping = () => runScriptAsync("ping.ts", [], { cwd: root, env: { SITE_URL: siteUrl } });
let hubUrl = "";

test.before(async () => {
  await new Promise<void>((resolve) => hub.listen(0, "127.0.0.1", resolve));
  hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}`;
});
test.after(async () => {
  await new Promise((resolve) => hub.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

test("npm run ping announces every language's Atom, RSS and JSON feed to the hub, one line each", async () => {
  pings.length = 0;
  setHub(`${hubUrl}/hub`);
  const result = await ping();
  assert.is(result.status, 0, result.stderr);
  assert.equal(pings.map((received) => received.form["hub.url"]).sort(), [...everyFeed].sort());
  for (const received of pings) {
    assert.is(received.method, "POST");
    assert.is(received.path, "/hub");
    assert.match(received.contentType, /^application\/x-www-form-urlencoded/);
    assert.equal(Object.keys(received.form).sort(), ["hub.mode", "hub.url"]);
    assert.is(received.form["hub.mode"], "publish");
  }
  const lines = result.stdout.trim().split("\n");
  assert.is(lines.length, everyFeed.length, result.stdout);
  for (const feed of everyFeed) assert.is(lines.filter((line) => line.includes(`${feed}:`)).length, 1, `${feed} in\n${result.stdout}`);
});

test("a hub that answers 500 makes npm run ping exit non-zero, one line per feed naming the status", async () => {
  pings.length = 0;
  setHub(`${hubUrl}/fail`);
  const result = await ping();
  assert.is(result.status, 1);
  assert.is(pings.length, everyFeed.length, "every feed is still tried");
  const lines = result.stderr.trim().split("\n");
  assert.is(lines.length, everyFeed.length, result.stderr);
  assert.is(
    lines[0],
    `ping: ${siteUrl}/ru/feed.xml: expected the hub ${hubUrl}/fail to accept it (a 2xx answer), found 500 Internal Server Error`,
  );
  assert.not.match(result.stderr, stackTraceLine);
});

test("a hub nobody listens at is a non-zero exit that names the network error", async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  setHub(`http://127.0.0.1:${port}/`);
  const result = await ping();
  assert.is(result.status, 1);
  assert.match(
    result.stderr.split("\n")[0] ?? "",
    /^ping: https:\/\/news\.test\/ru\/feed\.xml: expected the hub .* found no answer \(.*ECONNREFUSED.*\)$/,
  );
  assert.not.match(result.stderr, stackTraceLine);
});

test("without websubHub, npm run ping says so in one line and exits 1", async () => {
  pings.length = 0;
  setHub(undefined);
  const result = await ping();
  assert.is(result.status, 1);
  assert.is(result.stderr.trim(), "_data/site.ts: websubHub: expected a WebSub hub's URL to ping, found none; nothing was pinged");
  assert.is(pings.length, 0);
});

test("a websubHub that is not an http(s) URL is the settings check's line, and nothing is pinged", async () => {
  setHub("ftp://hub.example/");
  const result = await ping();
  assert.is(result.status, 1);
  assert.match(
    result.stderr,
    /^_data\/site\.ts: websubHub: expected a WebSub hub's absolute http\(s\) URL .*, found "ftp:\/\/hub\.example\/"$/m,
  );
  assert.not.match(result.stderr, stackTraceLine);
});

test.run();
