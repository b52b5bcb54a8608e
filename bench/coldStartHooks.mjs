// Load hook for bench/coldStart.mjs: reports the URL of every module loaded through the ESM loader.
let port;
export function initialize(data) {
  port = data.port;
}
export async function load(url, context, next) {
  port?.postMessage(url);
  return next(url, context);
}
