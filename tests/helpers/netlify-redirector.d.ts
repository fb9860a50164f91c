// Types for Netlify's own rule matcher (the npm package netlify-redirector, WebAssembly; it ships none).
declare module "netlify-redirector" {
  interface Request {
    scheme: string;
    host: string;
    path: string;
    query: string;
    getHeader(name: string): string;
    getCookie(name: string): string;
  }
  interface Match {
    from: string;
    to: string;
    status: number;
    force: boolean;
  }
  interface Matcher {
    match(request: Request): Match | null;
  }
  const redirector: { parsePlain(rules: string, options: Record<string, unknown>): Promise<Matcher> };
  export default redirector;
}
