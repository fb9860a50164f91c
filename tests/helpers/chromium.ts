// Debian's Chromium, as browser tests and Lighthouse launch it on this kind of machine.

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** The flags every test browser runs with: no sandbox (root in CI), and nothing that phones home or updates itself. */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
