// The KafkaProducer constructor's check of bootstrap.servers entries (ClientUtils.parseAndValidateAddresses).

// Utils.HOST_PORT_PATTERN: anything, an optional [ ] around the host, then :port (the whole entry must match).
const HOST_PORT = /^[\s\S]*?\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/;

/**
 * Returns why the client would refuse this list of `host:port` entries, or `undefined`. Host names are
 * not resolved here: only the shape is decidable without the network.
 */
export function checkBootstrapServers(entries: readonly string[], _version: string): string | undefined {
  let usable = 0;
  for (const url of entries) {
    if (url === '') continue;
    const m = HOST_PORT.exec(url);
    if (!m) return `\`${url}\` is not \`host:port\``;
    const port = Number(m[2]);
    if (!Number.isSafeInteger(port) || port > 65535) return `\`${url}\` has an invalid port`;
    usable++;
  }
  if (usable === 0) return 'no `host:port` entry is given';
  return undefined;
}
