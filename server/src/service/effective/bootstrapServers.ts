// The KafkaProducer constructor's check of bootstrap.servers entries (ClientUtils.parseAndValidateAddresses).
import { atLeast } from '../catalog/versions';

// Utils.HOST_PORT_PATTERN, matched against the whole entry (docs/sources/java-client-checks.md §3):
// up to 3.7 any prefix is swallowed; KAFKA-16824/16946 (3.8) allow only an optional `scheme://`.
const HOST_PORT_OLD = /^[\s\S]*?\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/;
const HOST_PORT_38 = /^(?:[0-9a-zA-Z\-%._]*:\/\/)?\[?([0-9a-zA-Z\-%._:]*)]?:([0-9]+)$/;

/**
 * Returns why the client would refuse this list of entries, or `undefined`. Empty elements are skipped
 * (4.2+ rejects them earlier, in the ConfigDef validator). Host names are not resolved: only the shape
 * is decidable without the network.
 */
export function checkBootstrapServers(entries: readonly string[], version: string): string | undefined {
  const pattern = atLeast(version, '3.8') ? HOST_PORT_38 : HOST_PORT_OLD;
  let usable = 0;
  for (const url of entries) {
    if (url === '') continue;
    const m = pattern.exec(url);
    if (!m) return `\`${url}\` is not \`host:port\``;
    const port = Number(m[2]);
    // Integer.parseInt overflow and InetSocketAddress's 0–65535 check both end as "Invalid port".
    if (!Number.isSafeInteger(port) || port > 65535) return `\`${url}\` has an invalid port`;
    usable++;
  }
  if (usable === 0) return 'no `host:port` entry is given';
  return undefined;
}
