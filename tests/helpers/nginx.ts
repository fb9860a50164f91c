// Real nginx (Debian's package) on loopback, serving a built site with the nginx.conf the build wrote beside it.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { freePort } from "./free-port.ts";
import { tmpdir } from "node:os";
import path from "node:path";

export const nginxPath = process.env.NGINX_PATH || "/usr/sbin/nginx";
export const isNginxInstalled = (): boolean => existsSync(nginxPath);

export interface NginxServer {
  url: string;
  close(): Promise<void>;
}

/** The owner's recipe from README: a server block whose root is the site, including its nginx.conf. */
export async function startNginx(siteDir: string): Promise<NginxServer> {
  const prefix = mkdtempSync(path.join(tmpdir(), "nginx-"));
  const port = await freePort();
  // As root, nginx's workers would run as nobody, who cannot read a test's private temp folder.
  const user = process.getuid?.() === 0 ? "user root;" : "";
  const config = `${user}
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${siteDir};
    include ${path.join(siteDir, "nginx.conf")};
  }
}
`;
  writeFileSync(path.join(prefix, "nginx.conf"), config);
  const child = spawn(nginxPath, ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let printed = "";
  child.stderr.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${printed}`);
    try {
      await fetch(`${url}/`, { redirect: "manual" });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer in 10 s: ${printed}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    async close() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
