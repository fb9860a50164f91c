// Share links for an article: plain links to each service's own share address, no script and no third-party request.
import type { UiKey } from "../i18n/ui-strings.ts";

export interface ShareLink {
  /** The UI string key of the link's label. */
  service: UiKey;
  href: string;
}

/** `url` is the article's absolute URL; every value is percent-encoded by URLSearchParams. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const query = (params: Record<string, string>): string => new URLSearchParams(params).toString().replace(/\+/g, "%20");
  return [
    { service: "shareTelegram", href: `https://t.me/share/url?${query({ url, text: title })}` },
    { service: "shareVk", href: `https://vk.com/share.php?${query({ url, title })}` },
    { service: "shareWhatsapp", href: `https://wa.me/?${query({ text: `${title} ${url}` })}` },
    { service: "shareX", href: `https://x.com/intent/post?${query({ url, text: title })}` },
    { service: "shareEmail", href: `mailto:?${query({ subject: title, body: url })}` },
  ];
}
