// Documentation of every Java producer key, written for this project (facts from Kafka's source, prose our own).
import type { KeyDoc } from '../types';

export const JAVA_PRODUCER_DOCS: Readonly<Record<string, KeyDoc>> = {
  'bootstrap.servers': {
    summary:
      'Comma-separated `host:port` list the producer contacts first to discover the cluster; after that it talks to whatever brokers the metadata names. A few brokers are enough, not the full list.',
    whenToChange:
      'Always set it: list two or three brokers (or a stable DNS name) on the listener whose security matches `security.protocol`, so startup survives one broker being down.',
    tradeoff:
      'More entries make startup and rebootstrap more resilient at no runtime cost; a single entry is a single point of failure at startup. If none of the entries resolves, construction fails.',
  },
  'client.dns.lookup': {
    summary:
      'How the client turns broker hostnames into IP addresses: try every address a name resolves to, or first expand bootstrap names into their canonical hostnames.',
    whenToChange:
      'Use `resolve_canonical_bootstrap_servers_only` when the bootstrap entry is a DNS alias in front of the brokers and Kerberos (or TLS hostname checks) need the real broker names. Otherwise keep `use_all_dns_ips`.',
    tradeoff:
      'Canonical resolution makes host-based authentication work behind aliases at the cost of extra DNS lookups at bootstrap; using all IPs gives failover across the addresses behind one name.',
    values: {
      use_all_dns_ips:
        'Resolve each hostname and try its IP addresses in turn until one connects; after a disconnect the next address is used.',
      resolve_canonical_bootstrap_servers_only:
        'Expand each bootstrap entry into its canonical hostname(s) first, then behave like `use_all_dns_ips`. Meant for Kerberos or aliases in front of brokers.',
      default:
        'Removed in 3.0 (deprecated since 2.6): used only the first IP address a name resolved to. Clients from 3.0 on reject it.',
    },
  },
  'buffer.memory': {
    summary:
      'Total bytes the producer may hold for records not yet sent, across all partitions. When it is full, `send()` blocks up to `max.block.ms` and then fails with `BufferExhaustedException`.',
    whenToChange:
      'Raise it when sends block or fail with buffer-exhausted errors under bursts, when you write to many partitions with a large `batch.size`, or when brokers are far away. Lower it to cap heap with many producers per JVM.',
    tradeoff:
      'More memory absorbs bursts and broker slowdowns but costs heap and hides backpressure longer. It is not a hard cap on total producer memory, and a record larger than it can never be sent.',
    unit: 'bytes',
  },
  'buffer.memory.allocation.strategy': {
    summary:
      'Internal, 4.4 branch only: how batches take memory from `buffer.memory` — reserve a whole `batch.size` per batch up front, or grow each batch as records arrive.',
    whenToChange:
      'Normally never: it is an internal setting for an unfinished feature. `incremental` targets very large `batch.size` values combined with many active partitions.',
    tradeoff:
      'Incremental allocation makes memory follow the data actually buffered instead of the number of active partitions, but it is not a supported public option yet.',
    values: {
      full: 'Each new batch reserves a full `batch.size` from the pool, however little it ends up holding.',
      incremental: 'Batches take memory on demand as records are appended, growing up to `batch.size`.',
    },
  },
  retries: {
    summary:
      'How many times a failed produce request is re-sent after a transient error such as a leader change or timeout. In practice `delivery.timeout.ms` ends retrying long before a large count runs out.',
    whenToChange:
      'Leave it unset and bound retrying with `delivery.timeout.ms` instead. Set 0 only if the application handles every transient error itself and can live without idempotence.',
    tradeoff:
      'Retries turn transient broker trouble into latency instead of errors. Without idempotence they can write duplicates and, with several requests in flight, reorder records.',
    values: {
      '0':
        'No automatic retry: transient errors reach your callback. Switches off default idempotence (3.2+) and fails construction together with explicit `enable.idempotence=true` or a `transactional.id`.',
      '2147483647':
        'Effectively unlimited; `delivery.timeout.ms` decides when to give up. The usual choice.',
    },
  },
  acks: {
    summary:
      'How many replicas must confirm a write before the producer treats it as successful. This is the main durability setting, and it only delivers its promise together with the topic setting `min.insync.replicas`.',
    whenToChange:
      'Keep `all` for anything you cannot afford to lose. Consider `1` or `0` only for data that is cheap to lose (metrics, debug logs) where latency matters more. The value is case-sensitive: `ALL` is rejected.',
    tradeoff:
      'Stronger acknowledgement means waiting for followers (more latency, somewhat less throughput). Weaker settings are faster but can lose records and silently turn default idempotence off.',
    values: {
      all: 'The leader answers once all in-sync replicas have the record. With `min.insync.replicas` of 2 or more, an acknowledged record survives a broker loss. Required for idempotence and transactions.',
      '-1': 'Same as `all`.',
      '0': 'Fire-and-forget: no response is awaited, failures go unnoticed, retries have no effect and offsets come back as -1. Silent data loss is possible. Turns default idempotence off.',
      '1': 'Only the leader must write the record. If it fails before followers copy it, an acknowledged record is lost. Turns default idempotence off.',
    },
  },
  'compression.type': {
    summary:
      'Codec the producer uses to compress each batch before sending. Compression works per batch, so better batching (`linger.ms`, `batch.size`) gives better ratios. Values are lowercase and case-sensitive.',
    whenToChange:
      'Turn it on when network, broker disk or transfer cost matter: `lz4` or `zstd` are the usual picks. Keep `none` for tiny latency-critical payloads or data that is already compressed or encrypted.',
    tradeoff:
      'Spends producer CPU (and consumer CPU to decompress) to save network, disk and broker I/O. If the topic is configured with a different codec, the broker recompresses, which costs broker CPU.',
    values: {
      none: 'No compression: no CPU spent, largest requests and log segments.',
      gzip: 'Good ratio but the most CPU and the slowest; rarely the best choice today.',
      snappy: 'Fast with a modest ratio; light on CPU.',
      lz4: 'Very fast with a reasonable ratio; a common choice for throughput-oriented producers.',
      zstd: 'Best ratio at moderate CPU, tunable with `compression.zstd.level`. Brokers and consumers must be on Kafka 2.1 or newer.',
    },
  },
  'compression.gzip.level': {
    summary:
      'Compression level used when `compression.type=gzip`: 1 (fastest) to 9 (smallest output), or -1 for the zlib default. Ignored for other codecs.',
    whenToChange:
      'Only with gzip: lower it if producer CPU is the bottleneck, raise it if bandwidth or storage cost dominates. The range is checked at startup even when gzip is not selected.',
    tradeoff: 'Higher levels shrink batches a little more for a lot more CPU; lower levels are faster with larger output.',
    values: {
      '-1': 'The zlib default level (6), a balanced middle.',
      '1': 'Fastest, least compression.',
      '9': 'Smallest output, slowest.',
    },
  },
  'compression.lz4.level': {
    summary:
      'Compression level used when `compression.type=lz4`, from 1 to 17. The default level uses the fast LZ4 compressor; any other level switches to the slower high-compression mode.',
    whenToChange:
      'Rarely. Raise it only if you want lz4 output closer to zstd and have CPU to spare; switching to `zstd` is usually the better move. The range is checked even when lz4 is not selected.',
    tradeoff: 'Non-default levels give a better ratio but compress much more slowly; decompression stays fast.',
    values: {
      '9': 'Default: uses the fast LZ4 compressor.',
      '17': 'Maximum ratio of the high-compression mode; slowest.',
    },
  },
  'compression.zstd.level': {
    summary:
      'Compression level used when `compression.type=zstd`, from -131072 to 22. Negative levels favour speed, higher positive levels favour ratio.',
    whenToChange:
      'Lower it (1, or negative) if zstd costs too much producer CPU; raise it moderately for bandwidth-expensive data. The range is checked at startup even when zstd is not selected.',
    tradeoff:
      'Each step up buys smaller batches for more CPU and memory; the top levels are far slower for small extra gains.',
    values: {
      '3': 'Default; the usual zstd middle ground.',
      '22': 'Maximum ratio; very slow and memory-hungry, rarely worth it for live traffic.',
    },
  },
  'batch.size': {
    summary:
      'Upper bound in bytes for one batch of records headed to the same partition; a batch goes out when full or when `linger.ms` expires. Keyless records also move to a new partition after about this many bytes.',
    whenToChange:
      'Raise it (64-256 KB is common) for high-throughput producers, together with `linger.ms` and compression. Lower it only when memory is tight and the producer writes to very many partitions.',
    tradeoff:
      'Bigger batches mean fewer requests and better compression, but every active partition can pin a batch buffer, so memory grows with partition count. A record larger than it is sent in a batch of its own.',
    values: {
      '0': 'Disables batching: every record travels in its own batch (0 is treated as 1 byte). Very poor throughput.',
    },
    unit: 'bytes',
  },
  'partitioner.adaptive.partitioning.enable': {
    summary:
      'For records the built-in partitioner places freely (no key, or keys ignored), send more data to partitions on brokers that keep up and less to slow ones.',
    whenToChange:
      'Turn it off if keyless data must be spread evenly regardless of broker speed. It has no effect when `partitioner.class` is set.',
    tradeoff:
      'Adaptive placement reduces latency spikes caused by one slow broker but makes partition sizes uneven; uniform placement keeps partitions balanced even when a broker lags.',
    values: {
      true: 'Favour partitions whose brokers have shorter queues.',
      false: 'Spread keyless batches uniformly across partitions.',
    },
  },
  'partitioner.availability.timeout.ms': {
    summary:
      'If a broker has not accepted produce requests for a partition for this long, the built-in partitioner stops picking that partition for keyless records. 0 turns the check off.',
    whenToChange:
      'Set a few seconds if one unhealthy broker should not stall keyless traffic. Works only with the built-in partitioner and adaptive partitioning enabled.',
    tradeoff:
      'Routing around a stuck broker keeps latency stable but concentrates data on fewer partitions for a while; too short a value reacts to normal hiccups.',
    values: {
      '0': 'Disabled: partitions are never excluded for being slow.',
    },
    unit: 'ms',
  },
  'partitioner.ignore.keys': {
    summary:
      'When true, the built-in partitioner ignores record keys and places every record like a keyless one (sticky batches).',
    whenToChange:
      'Turn it on when keys are only informational and records of one key need not share a partition, e.g. to fix a hot partition caused by a skewed key. No effect with a custom `partitioner.class`.',
    tradeoff:
      'Even spread and fuller batches, but records with the same key land on different partitions: per-key ordering is lost and log compaction by key no longer works as expected.',
    values: {
      true: 'Keys are ignored when choosing a partition.',
      false: 'Keyed records go to a partition derived from a hash of the key bytes.',
    },
  },
  'partitioner.rack.aware': {
    summary:
      '4.4 branch only: when true and `client.rack` is set, keyless records stick to partitions whose leader is in the same rack, falling back to any partition if none is available there.',
    whenToChange:
      'Enable it in multi-zone clusters where cross-zone traffic is billed or slow, and set `client.rack` to the zone of the application. No effect with a custom partitioner.',
    tradeoff:
      'Cuts cross-zone traffic for keyless data, but load follows where the leaders sit, so partitions and brokers can become uneven.',
    values: {
      true: 'Prefer partitions led by brokers in the same rack as `client.rack`.',
      false: 'Ignore racks when choosing partitions.',
    },
  },
  'linger.ms': {
    summary:
      'How long the producer may wait for more records before sending a batch that is not yet full. It is an upper bound: a batch that reaches `batch.size` is sent right away.',
    whenToChange:
      'Raise it (10-100 ms) for throughput-heavy producers to get bigger batches and better compression; lower it for latency-sensitive, low-volume traffic.',
    tradeoff:
      'Longer waits mean fewer, larger requests and less broker load, but add up to that much latency per record when traffic is light. It also raises the minimum allowed `delivery.timeout.ms`.',
    values: {
      '0': 'Send as soon as possible; batching happens only when records pile up while a request is in flight. More requests, more CPU, lower throughput.',
    },
    unit: 'ms',
  },
  'delivery.timeout.ms': {
    summary:
      'Overall deadline from `send()` returning until the callback reports success or failure: covers waiting in a batch, the request itself and every retry. When it runs out the record fails with a timeout.',
    whenToChange:
      'Raise it if records fail during broker restarts or slow leader elections; lower it when the application prefers failing fast. An explicit value below `linger.ms` + `request.timeout.ms` makes construction fail.',
    tradeoff:
      'A longer deadline rides out outages without errors but holds buffer memory and delays failure reports; a shorter one surfaces problems sooner but fails records a retry would have saved.',
    unit: 'ms',
  },
  'client.id': {
    summary:
      'Logical name sent with every request and shown in broker logs, metrics and quota accounting. If unset, the producer generates `producer-N`, or `producer-<transactional.id>` for transactional producers.',
    whenToChange:
      'Set a meaningful name (service plus role) so broker-side logs, metrics and quotas can be traced back to your application; make it unique per producer within a JVM.',
    tradeoff:
      'Costs nothing. Two producers with the same id in one JVM collide on JMX metric registration, and broker quotas are applied per id, so a shared id shares the quota.',
  },
  'client.rack': {
    summary:
      '4.4 branch only (for the producer): identifies where this client runs, matching the `broker.rack` values of the brokers. Read by `partitioner.rack.aware`.',
    whenToChange: 'Set it to the availability zone or rack of the application when you enable `partitioner.rack.aware`.',
    tradeoff: 'No cost on its own; a wrong value just makes rack-aware partitioning prefer the wrong leaders.',
  },
  'send.buffer.bytes': {
    summary: 'Size of the TCP send buffer (SO_SNDBUF) for broker connections. -1 leaves it to the operating system.',
    whenToChange:
      'Raise it for high-bandwidth links with high latency, such as producing to another region; use -1 if the OS tunes buffers well.',
    tradeoff:
      'Larger buffers keep long network paths busy at the cost of kernel memory per connection; too small a buffer caps throughput to distant brokers.',
    values: {
      '-1': 'Use the operating system default.',
    },
    unit: 'bytes',
  },
  'receive.buffer.bytes': {
    summary: 'Size of the TCP receive buffer (SO_RCVBUF) for broker connections. -1 leaves it to the operating system.',
    whenToChange:
      'Rarely matters for producers, which mostly receive small responses; raise it together with `send.buffer.bytes` on high-latency links.',
    tradeoff: 'Larger buffers cost kernel memory per connection; the gain for a producer is usually small.',
    values: {
      '-1': 'Use the operating system default.',
    },
    unit: 'bytes',
  },
  'max.request.size': {
    summary:
      'Largest produce request the client will send; this also caps a single serialized record. Larger records fail at `send()` with `RecordTooLargeException`.',
    whenToChange:
      'Raise it only when you must send large records, and raise the broker `message.max.bytes` or topic `max.message.bytes` along with it; otherwise the broker rejects the batch instead.',
    tradeoff:
      'A higher limit allows large messages but increases memory use and latency on producers, brokers and consumers; storing big payloads elsewhere and sending a reference usually scales better.',
    unit: 'bytes',
  },
  'reconnect.backoff.ms': {
    summary:
      'Initial wait before reconnecting to a broker after a failed connection; it grows exponentially with consecutive failures up to `reconnect.backoff.max.ms`.',
    whenToChange:
      'Raise it if many clients hammer a recovering broker with reconnects. If you set it, also set `reconnect.backoff.max.ms`, or exponential backoff is switched off.',
    tradeoff: 'Longer backoff eases pressure on a struggling broker but delays recovery after short blips.',
    unit: 'ms',
  },
  'reconnect.backoff.max.ms': {
    summary: 'Ceiling for the exponential reconnect backoff per broker; about 20% random jitter is added.',
    whenToChange:
      'Raise it for large client fleets so attempts against a down broker thin out; keep it low when quick recovery matters most.',
    tradeoff: 'A high ceiling protects brokers during outages but slows reconnection once they are back.',
    unit: 'ms',
  },
  'retry.backoff.ms': {
    summary:
      'Initial wait before retrying a failed request to a partition. Since 3.7 it grows exponentially up to `retry.backoff.max.ms`; before that it was a fixed delay.',
    whenToChange:
      'Raise it if retries pile up against brokers during leader elections; keep it low for fast recovery. A value above `retry.backoff.max.ms` becomes a fixed backoff at that maximum.',
    tradeoff:
      'Short backoff recovers quickly but burns through the delivery timeout and broker capacity; long backoff adds latency after every error.',
    unit: 'ms',
  },
  'retry.backoff.max.ms': {
    summary: 'Ceiling for the exponential retry backoff, with about 20% random jitter so clients do not retry in lockstep.',
    whenToChange:
      'Raise it if many producers retry against an overloaded cluster at once; lower it if retries should happen quickly.',
    tradeoff: 'A higher ceiling spreads load during incidents but lengthens the gap between retries.',
    unit: 'ms',
  },
  'bootstrap.resolve.timeout.ms': {
    summary:
      '4.4 branch only, experimental. 0 resolves `bootstrap.servers` names during construction (a failure means no producer); a positive value resolves in the background, retrying for up to this long.',
    whenToChange:
      'Consider it when applications start before their DNS records exist (containers, fresh clusters). Being experimental, its behaviour may change in minor releases.',
    tradeoff:
      'Background resolution lets the application start, but if DNS never resolves, later calls fail with an unrecoverable error and the producer must be closed and recreated.',
    values: {
      '0': 'Resolve synchronously while constructing the producer.',
    },
    unit: 'ms',
  },
  'enable.metrics.push': {
    summary:
      'Lets the producer push its own metrics to the cluster when the brokers have a client-metrics subscription that matches this client (KIP-714).',
    whenToChange:
      'Turn it off if client telemetry must not be sent to the cluster, for policy reasons or because nobody uses it.',
    tradeoff:
      'On: operators can see client metrics centrally, at a small overhead. Off: `clientInstanceId()` throws `IllegalStateException`.',
    values: {
      true: 'Push metrics when the cluster subscribes to them.',
      false: 'Never push client metrics.',
    },
  },
  'max.block.ms': {
    summary:
      'Longest time `send()` may block waiting for topic metadata or free buffer space; it also bounds `partitionsFor()` and the transaction calls. Time spent in your serializer or partitioner does not count.',
    whenToChange:
      'Lower it on request threads that must not stall, and handle the timeout; raise it when metadata or transaction-coordinator lookups are slow at startup.',
    tradeoff:
      'A long block gives natural backpressure and survives short outages but can freeze calling threads; a short one fails fast and leaves retrying or shedding load to you.',
    values: {
      '0': 'Never wait: `send()` fails at once when metadata or buffer space is not immediately available.',
    },
    unit: 'ms',
  },
  'request.timeout.ms': {
    summary:
      'How long the client waits for a broker response to one request before treating it as failed and retrying, if time remains within `delivery.timeout.ms`.',
    whenToChange:
      'Raise it if brokers are slow to acknowledge under load (for example `acks=all` with lagging followers) and you see request timeouts. Keep it above the broker `replica.lag.time.max.ms`.',
    tradeoff:
      'Too low retries requests that would have succeeded (duplicates without idempotence); too high delays noticing a dead broker. It also raises the minimum allowed `delivery.timeout.ms`.',
    unit: 'ms',
  },
  'metadata.max.age.ms': {
    summary:
      'Maximum age of cached cluster metadata; after it, the producer refreshes even without errors to learn about new partitions and brokers.',
    whenToChange:
      'Lower it if newly added partitions should start receiving data sooner; raise it to cut metadata traffic in very large deployments.',
    tradeoff: 'Frequent refreshes pick up changes faster at the cost of more metadata requests.',
    unit: 'ms',
  },
  'metadata.max.idle.ms': {
    summary:
      'How long metadata is kept for a topic the producer has stopped writing to; afterwards it is dropped, and the next send to that topic must fetch it again. Minimum 5000.',
    whenToChange:
      'Raise it when you write to many topics intermittently and the first send after a quiet period blocks on metadata.',
    tradeoff: 'Longer retention avoids metadata stalls but keeps more topics in memory and in every refresh.',
    unit: 'ms',
  },
  'metrics.sample.window.ms': {
    summary: 'Length of one sample window used to compute the rate and average producer metrics.',
    whenToChange: 'Change it only to match the resolution of your monitoring system.',
    tradeoff: 'Longer windows smooth the numbers but react more slowly to changes.',
    unit: 'ms',
  },
  'metrics.num.samples': {
    summary: 'Number of sample windows kept to compute producer metrics; at least 1.',
    whenToChange: 'Rarely; adjust together with `metrics.sample.window.ms` if metrics look too jumpy or too sluggish.',
    tradeoff: 'More samples smooth metrics over a longer period at a tiny memory cost.',
  },
  'metrics.recording.level': {
    summary: 'Highest level of metrics the producer records. Values are uppercase and case-sensitive.',
    whenToChange: 'Switch to `DEBUG` or `TRACE` temporarily while investigating performance; keep `INFO` in production.',
    tradeoff: 'Higher levels give more detail at extra CPU cost on the send path.',
    values: {
      INFO: 'Essential metrics only; the production setting.',
      DEBUG: 'Adds more detailed metrics; useful when debugging, with some overhead.',
      TRACE: 'Records everything available, with the highest overhead (accepted since 2.7).',
    },
  },
  'metric.reporters': {
    summary:
      'Classes implementing `MetricsReporter` that are notified of producer metrics, for example to export them to a monitoring system.',
    whenToChange:
      'Add your exporter class here. On 4.x clients a list you set replaces the default, so include `org.apache.kafka.common.metrics.JmxReporter` if you still want JMX metrics.',
    tradeoff: 'Each reporter adds a little overhead per metric update; dropping JMX removes a common monitoring source.',
    values: {
      'org.apache.kafka.common.metrics.JmxReporter': 'Exposes producer metrics as JMX MBeans.',
    },
  },
  'max.in.flight.requests.per.connection': {
    summary:
      'How many produce requests may await a response on one broker connection at the same time. More in flight means more pipelining; it also decides whether retries can reorder records.',
    whenToChange:
      'Keep it at 5 or below while idempotence is on; on 4.x clients a higher value fails construction unless `enable.idempotence=false`. Use 1 only if idempotence is off and strict ordering is required.',
    tradeoff:
      'Higher values raise throughput on high-latency links. Without idempotence, a value above 1 plus retries can reorder records when an earlier batch fails and is re-sent.',
    values: {
      '1': 'One request at a time per connection: ordering holds even without idempotence, at a throughput cost.',
      '5': 'Upper limit with idempotence, which keeps order and removes duplicates. Anything above 5 is rejected with idempotence on, and risks reordering without it.',
    },
  },
  'key.serializer': {
    summary:
      'Class implementing `org.apache.kafka.common.serialization.Serializer` that turns record keys into bytes. Required unless you pass a serializer instance to the `KafkaProducer` constructor.',
    whenToChange:
      'Always set it to match the key type your code sends: strings, bytes, numbers, or a schema-registry serializer for Avro, JSON Schema or Protobuf.',
    tradeoff:
      'It fixes the key format on the wire, which drives partitioning (hash of the key bytes) and what consumers must deserialize. A type mismatch fails at `send()` with a `SerializationException`.',
    values: {
      'org.apache.kafka.common.serialization.StringSerializer': 'Text keys, UTF-8 encoded.',
      'org.apache.kafka.common.serialization.ByteArraySerializer': '`byte[]` keys passed through unchanged.',
      'org.apache.kafka.common.serialization.LongSerializer': '`Long` keys as 8 big-endian bytes.',
      'org.apache.kafka.common.serialization.IntegerSerializer': '`Integer` keys as 4 big-endian bytes.',
      'org.apache.kafka.common.serialization.VoidSerializer': 'For producers that never send a key.',
    },
  },
  'value.serializer': {
    summary:
      'Class implementing `org.apache.kafka.common.serialization.Serializer` that turns record values into bytes. Required unless you pass a serializer instance to the `KafkaProducer` constructor.',
    whenToChange:
      'Always set it to match the value type your code sends: strings, bytes, or a schema-registry serializer for Avro, JSON Schema or Protobuf.',
    tradeoff:
      'It fixes the payload format that every consumer must read, so changing it later is a compatibility event. A type mismatch fails at `send()` with a `SerializationException`.',
    values: {
      'org.apache.kafka.common.serialization.StringSerializer': 'Text values, UTF-8 encoded.',
      'org.apache.kafka.common.serialization.ByteArraySerializer': '`byte[]` values passed through unchanged (you serialize yourself).',
      'org.apache.kafka.common.serialization.LongSerializer': '`Long` values as 8 big-endian bytes.',
      'org.apache.kafka.common.serialization.IntegerSerializer': '`Integer` values as 4 big-endian bytes.',
    },
  },
  'socket.connection.setup.timeout.ms': {
    summary:
      'How long the client waits for a new socket connection to a broker before giving up on it; grows with consecutive failures up to `socket.connection.setup.timeout.max.ms`.',
    whenToChange:
      'Lower it so the client moves on quickly from unreachable addresses (e.g. silently dropped packets); raise it on slow networks where connecting legitimately takes long.',
    tradeoff: 'Short timeouts fail over faster but may abandon slow yet working connections.',
    unit: 'ms',
  },
  'socket.connection.setup.timeout.max.ms': {
    summary:
      'Ceiling for the growing connection setup timeout, with about 20% random jitter. If the initial timeout is set higher than this, the maximum is used as a fixed timeout.',
    whenToChange: 'Raise it on networks where connections can take long to establish; lower it to cap how long one dead address can hold things up.',
    tradeoff: 'A higher ceiling tolerates slow networks but delays failover away from unreachable brokers.',
    unit: 'ms',
  },
  'connections.max.idle.ms': {
    summary:
      'Closes broker connections that carried no traffic for this long. The default sits just below the broker default, so the client normally closes first.',
    whenToChange:
      'Lower it if a firewall, NAT or load balancer drops idle connections sooner, which otherwise shows up as errors or delays on the next send.',
    tradeoff: 'Shorter idle limits avoid dead connections but mean reconnecting (and re-authenticating) after quiet periods.',
    unit: 'ms',
  },
  'partitioner.class': {
    summary:
      'Custom class implementing `Partitioner` that picks the partition for each record. Unset means the built-in logic: hash of the key for keyed records, sticky batches for keyless ones.',
    whenToChange:
      'Set it only for real routing needs (e.g. tenant-to-partition rules); for skewed keys `partitioner.ignore.keys` is simpler. Remove the old `DefaultPartitioner`/`UniformStickyPartitioner` names before moving to 4.x.',
    tradeoff:
      'Full control over placement, but adaptive partitioning and the other `partitioner.*` settings stop applying, and your code runs on every send.',
    values: {
      'org.apache.kafka.clients.producer.RoundRobinPartitioner':
        'Sends consecutive records to consecutive partitions, ignoring keys. Known to distribute unevenly in some cases (KAFKA-9965).',
      'org.apache.kafka.clients.producer.internals.DefaultPartitioner':
        'The default before 3.3; deprecated in 3.3 and removed in 4.0, where naming it fails with "class could not be found". Delete the setting to get the built-in partitioner.',
      'org.apache.kafka.clients.producer.UniformStickyPartitioner':
        'Sticky partitioning that ignores keys; deprecated in 3.3 and removed in 4.0. Use `partitioner.ignore.keys=true` instead.',
    },
  },
  'interceptor.classes': {
    summary:
      'Classes implementing `ProducerInterceptor` that see (and may modify) each record before it is serialized and are told about every acknowledgement. None by default.',
    whenToChange:
      'Add one for cross-cutting concerns such as tracing headers, auditing or monitoring, without touching the sending code.',
    tradeoff:
      'Convenient hooks, but they run on the send path and the I/O thread, so slow code adds latency; exceptions they throw are only logged, not passed to your code.',
  },
  'security.protocol': {
    summary:
      'How the producer talks to brokers: plain or TLS-encrypted, with or without SASL authentication. It must match the broker listener that `bootstrap.servers` points to.',
    whenToChange:
      'Set it for every cluster that is not an unsecured dev setup: usually `SASL_SSL` for managed Kafka services, `SSL` for mutual-TLS setups.',
    tradeoff:
      'TLS costs some CPU and latency; plaintext is cheaper but exposes data and credentials. A mismatch with the listener usually shows up as disconnects or timeouts rather than a clear error.',
    values: {
      PLAINTEXT: 'No encryption, no authentication. Only for local or fully trusted networks.',
      SSL: 'TLS encryption; the client also authenticates with a certificate (mTLS) if a keystore is configured.',
      SASL_PLAINTEXT: 'SASL authentication over an unencrypted connection; data (and PLAIN passwords) travel in clear text.',
      SASL_SSL: 'SASL authentication over TLS: the usual choice for secured and managed clusters. Requires a non-empty `sasl.mechanism`.',
    },
  },
  'security.providers': {
    summary:
      'Classes implementing `SecurityProviderCreator` that register extra Java security providers, for example a FIPS-validated crypto provider or custom SASL/TLS algorithms.',
    whenToChange: 'Only when your security team mandates a specific provider or a mechanism needs algorithms the JVM lacks.',
    tradeoff: 'Adds control over cryptography at the cost of an extra dependency that must load in every environment.',
  },
  'ssl.protocol': {
    summary:
      'TLS protocol used to build the SSL context, such as `TLSv1.3` or `TLSv1.2`. With a TLS 1.3 context the client can still fall back to TLS 1.2 if it is enabled and the broker needs it.',
    whenToChange:
      'Set `TLSv1.2` only if a broker or middlebox cannot handle TLS 1.3. Pinning `TLSv1.2` prevents TLS 1.3 even when it is listed in `ssl.enabled.protocols`.',
    tradeoff: 'TLS 1.3 has faster handshakes and stronger defaults; TLS 1.2 maximises compatibility with old endpoints.',
  },
  'ssl.provider': {
    summary: 'Name of the Java security provider used for TLS connections; unset uses the JVM default provider.',
    whenToChange: 'Set it when a specific provider (for example a FIPS or native TLS provider) must handle TLS.',
    tradeoff: 'A specialised provider can bring compliance or speed, but it must be installed everywhere the producer runs.',
  },
  'ssl.cipher.suites': {
    summary: 'List of TLS cipher suites the client may negotiate; empty allows every suite the JVM supports.',
    whenToChange: 'Set it when a security policy demands a restricted set of ciphers.',
    tradeoff: 'A short list hardens connections but can break the handshake with brokers that do not offer any listed suite.',
  },
  'ssl.enabled.protocols': {
    summary:
      'TLS versions the client is willing to negotiate. An empty list falls back to whatever the JVM enables by default.',
    whenToChange: 'Narrow it (for example to `TLSv1.3` only) to enforce a policy; widen it only for legacy brokers.',
    tradeoff: 'Fewer versions means less exposure to weak protocols but more risk of handshake failures with older endpoints.',
  },
  'ssl.keystore.type': {
    summary: 'Format of the client keystore (the certificate and private key the producer presents for mutual TLS).',
    whenToChange: 'Set `PKCS12` or `PEM` when your certificates come in those formats; `PEM` also enables the inline `ssl.keystore.key` / `ssl.keystore.certificate.chain` keys.',
    tradeoff: 'Only a format choice; a wrong type fails the TLS setup when the producer starts.',
    values: {
      JKS: 'Java KeyStore file.',
      PKCS12: 'Standard PKCS#12 file (.p12/.pfx).',
      PEM: 'PEM text, either in a file or inline via `ssl.keystore.key` and `ssl.keystore.certificate.chain`; no keystore password.',
    },
  },
  'ssl.keystore.location': {
    summary: 'Path to the keystore holding the client certificate and private key, used when brokers require client certificates (mutual TLS).',
    whenToChange: 'Set it when the cluster authenticates clients by certificate; leave it unset for TLS encryption only.',
    tradeoff: 'Certificate authentication avoids passwords but adds certificate distribution and rotation to your operations.',
  },
  'ssl.keystore.password': {
    summary: 'Password of the keystore file named by `ssl.keystore.location`. A JKS or PKCS12 keystore fails to load without it; for PEM keystores it must not be set (use `ssl.key.password`).',
    whenToChange: 'Set it whenever a JKS or PKCS12 keystore is configured; prefer injecting it through `config.providers` over writing it into the file.',
    tradeoff: 'Required for protected keystores; a password stored in plain text is a secret in your repository.',
  },
  'ssl.key.password': {
    summary: 'Password of the private key inside the keystore, or of an encrypted PEM key given in `ssl.keystore.key`.',
    whenToChange: 'Set it when the private key is protected separately from the keystore or is an encrypted PEM key.',
    tradeoff: 'Protects the key at rest; like every secret, keep it out of version control.',
  },
  'ssl.keystore.key': {
    summary: 'The client private key given inline as PEM text (PKCS#8), instead of a keystore file. Needs `ssl.keystore.type=PEM` and `ssl.keystore.certificate.chain`, and cannot be combined with `ssl.keystore.location`.',
    whenToChange: 'Use it when secrets are injected as text (environment, secret store) rather than files.',
    tradeoff: 'Avoids files on disk, but the key now lives in configuration, which must be protected accordingly.',
  },
  'ssl.keystore.certificate.chain': {
    summary: 'The client certificate chain given inline as PEM text (X.509 certificates), paired with `ssl.keystore.key`. Needs `ssl.keystore.type=PEM`.',
    whenToChange: 'Use it together with `ssl.keystore.key` when certificates are injected as text instead of files.',
    tradeoff: 'Convenient for containers and secret stores; rotating it means updating the configuration.',
  },
  'ssl.truststore.certificates': {
    summary: 'Trusted CA certificates given inline as PEM text, instead of a truststore file. Needs `ssl.truststore.type=PEM` and cannot be combined with `ssl.truststore.location`.',
    whenToChange: 'Use it when the broker CA certificate is delivered as text (environment or secret store).',
    tradeoff: 'No truststore file to manage, but CA changes require a configuration change.',
  },
  'ssl.truststore.type': {
    summary: 'Format of the truststore holding the CA certificates used to verify brokers.',
    whenToChange: 'Set `PKCS12` or `PEM` when your CA bundle comes in that format.',
    tradeoff: 'Only a format choice; a wrong type fails the TLS setup when the producer starts.',
    values: {
      JKS: 'Java KeyStore file.',
      PKCS12: 'Standard PKCS#12 file.',
      PEM: 'PEM certificates, in a file or inline via `ssl.truststore.certificates`; no password.',
    },
  },
  'ssl.truststore.location': {
    summary: 'Path to the truststore with the CA certificates used to verify broker certificates. If unset, the JVM default trust store is used.',
    whenToChange: 'Set it when brokers use certificates from a private or self-signed CA that the JVM does not trust.',
    tradeoff: 'A dedicated truststore limits trust to your CA, but its file must be deployed and rotated with the application.',
  },
  'ssl.truststore.password': {
    summary: 'Password of the truststore file. Without it the truststore is still read, but its integrity is not checked. Must not be set for PEM truststores.',
    whenToChange: 'Set it when the truststore file is password-protected.',
    tradeoff: 'Adds an integrity check on the CA file; one more secret to manage.',
  },
  'ssl.keymanager.algorithm': {
    summary: 'Algorithm of the key manager factory that presents the client certificate; defaults to the JVM setting.',
    whenToChange: 'Rarely; only when a particular JVM or security provider requires a different algorithm.',
    tradeoff: 'A non-default algorithm may not exist on every JVM, failing TLS setup.',
  },
  'ssl.trustmanager.algorithm': {
    summary: 'Algorithm of the trust manager factory that validates broker certificates; defaults to the JVM setting.',
    whenToChange: 'Rarely; only when a particular JVM or security provider requires a different algorithm.',
    tradeoff: 'A non-default algorithm may not exist on every JVM, failing TLS setup.',
  },
  'ssl.endpoint.identification.algorithm': {
    summary: 'Checks that the broker certificate matches the hostname the client connected to. An empty value turns the check off.',
    whenToChange: 'Keep `https`. Clearing it is a stopgap for certificates that do not list the broker hostnames; fix the certificates instead.',
    tradeoff: 'Turning verification off makes man-in-the-middle attacks possible; keeping it requires certificates with correct names.',
    values: {
      https: 'Verify the broker hostname against its certificate.',
      '': 'No hostname verification; only acceptable for local testing.',
    },
  },
  'ssl.secure.random.implementation': {
    summary: 'SecureRandom implementation used for TLS operations; unset uses the JVM default.',
    whenToChange: 'Only when a security policy requires a specific random number generator.',
    tradeoff: 'A poor choice can weaken security or slow handshakes; the default is right for nearly everyone.',
  },
  'ssl.engine.factory.class': {
    summary: 'Custom class implementing `SslEngineFactory` that creates the TLS engines, replacing the built-in keystore/truststore handling.',
    whenToChange: 'Only when certificates come from a source the standard settings cannot express, such as a custom key management system.',
    tradeoff: 'Complete control over TLS setup, but you own the security-sensitive code and the other `ssl.*` keys may no longer apply.',
  },
  'sasl.kerberos.service.name': {
    summary: 'Kerberos principal name the brokers run as (often `kafka`). GSSAPI needs it, either here or as `serviceName` in the JAAS configuration.',
    whenToChange: 'Set it whenever `sasl.mechanism=GSSAPI`; it must match the primary of the broker Kerberos principals.',
    tradeoff: 'A wrong name makes every authentication fail.',
  },
  'sasl.kerberos.kinit.cmd': {
    summary: 'Path of the `kinit` command used to renew Kerberos tickets from the ticket cache.',
    whenToChange: 'Set it when `kinit` lives elsewhere than the standard location on your hosts.',
    tradeoff: 'None beyond having to be correct on every host.',
  },
  'sasl.kerberos.ticket.renew.window.factor': {
    summary: 'Fraction of a Kerberos ticket lifetime after which the login thread tries to renew it.',
    whenToChange: 'Lower it if tickets expire before renewal succeeds in your environment.',
    tradeoff: 'Earlier renewal is safer but contacts the KDC more often.',
  },
  'sasl.kerberos.ticket.renew.jitter': {
    summary: 'Random jitter, as a fraction, added to the Kerberos ticket renewal time so many clients do not renew at once.',
    whenToChange: 'Rarely; raise it if many clients overload the KDC at the same moment.',
    tradeoff: 'More jitter spreads KDC load but makes renewal times less predictable.',
  },
  'sasl.kerberos.min.time.before.relogin': {
    summary: 'Minimum time the Kerberos login thread waits between refresh attempts.',
    whenToChange: 'Rarely; adjust only when tuning Kerberos re-login behaviour with your security team.',
    tradeoff: 'Shorter waits retry failed logins sooner but add KDC load.',
    unit: 'ms',
  },
  'sasl.login.refresh.window.factor': {
    summary: 'OAUTHBEARER only: fraction of a token lifetime (0.5 to 1.0) after which the login thread refreshes it.',
    whenToChange: 'Lower it if tokens sometimes expire before a refresh completes, e.g. when the identity provider is slow.',
    tradeoff: 'Earlier refreshes avoid expired tokens but call the identity provider more often.',
  },
  'sasl.login.refresh.window.jitter': {
    summary: 'OAUTHBEARER only: maximum random jitter (0 to 0.25 of the token lifetime) added to the refresh time.',
    whenToChange: 'Raise it if many clients refresh tokens at the same instant and strain the identity provider.',
    tradeoff: 'More jitter spreads load but makes refresh timing less predictable.',
  },
  'sasl.login.refresh.min.period.seconds': {
    summary: 'OAUTHBEARER only: minimum time, 0 to 900 seconds, the login thread waits before refreshing a token.',
    whenToChange: 'Raise it if very short-lived tokens cause refresh storms against the identity provider.',
    tradeoff: 'A longer minimum reduces calls but risks using a token close to expiry.',
    unit: 'seconds',
  },
  'sasl.login.refresh.buffer.seconds': {
    summary: 'OAUTHBEARER only: how long before token expiry, 0 to 3600 seconds, a refresh should happen at the latest.',
    whenToChange: 'Raise it if refreshes sometimes fail late and tokens expire mid-connection.',
    tradeoff: 'A bigger buffer refreshes earlier and more often.',
    unit: 'seconds',
  },
  'sasl.mechanism': {
    summary:
      'SASL mechanism used to authenticate when `security.protocol` is `SASL_PLAINTEXT` or `SASL_SSL`; it must agree with the login module in `sasl.jaas.config` and with what the broker listener allows.',
    whenToChange:
      'Set it every time you use SASL: leaving it at `GSSAPI` (Kerberos) while supplying a PLAIN or SCRAM JAAS config is a classic failure. An empty value with SASL fails at startup.',
    tradeoff: 'Mechanisms differ in how secrets travel and what infrastructure they need: Kerberos, user databases, or an OAuth identity provider.',
    values: {
      GSSAPI: 'Kerberos. Needs `sasl.kerberos.service.name`, a keytab or ticket cache, and `Krb5LoginModule` in the JAAS config.',
      PLAIN: 'Username and password sent as they are; use only with `SASL_SSL`. JAAS: `PlainLoginModule`.',
      'SCRAM-SHA-256': 'Salted challenge-response; the password itself never crosses the wire. JAAS: `ScramLoginModule`; the user must exist on the cluster for this mechanism.',
      'SCRAM-SHA-512': 'Like SCRAM-SHA-256 with SHA-512; the user must have SCRAM-SHA-512 credentials on the cluster.',
      OAUTHBEARER:
        'OAuth 2 bearer tokens. JAAS: `OAuthBearerLoginModule`; for a real identity provider also set `sasl.login.callback.handler.class` and `sasl.oauthbearer.token.endpoint.url`.',
    },
  },
  'sasl.jaas.config': {
    summary:
      'Inline JAAS login settings: `<LoginModule class> required key="value" ...;` (the trailing semicolon is required). Hidden from logs as a password-type value.',
    whenToChange: 'Set it for every SASL setup, choosing the login module that matches `sasl.mechanism` (PLAIN, SCRAM, Kerberos or OAUTHBEARER).',
    tradeoff: 'Keeps credentials with the producer config instead of a JVM-wide JAAS file; avoid committing literal passwords, use `config.providers`.',
  },
  'sasl.client.callback.handler.class': {
    summary: 'Custom class implementing `AuthenticateCallbackHandler` that supplies credentials during the SASL handshake.',
    whenToChange: 'Use it to fetch credentials dynamically (from a vault or token service) instead of hard-coding them in `sasl.jaas.config`.',
    tradeoff: 'Flexible credential sourcing at the cost of your own security-sensitive code.',
  },
  'sasl.login.callback.handler.class': {
    summary: 'Class implementing `AuthenticateCallbackHandler` used at login time to obtain credentials, most often OAuth tokens.',
    whenToChange:
      'For OAUTHBEARER against a real identity provider, set `org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler`; otherwise an unsecured test token handler is used.',
    tradeoff: 'Needed for production OAuth; custom handlers give full control but must handle token refresh correctly.',
    values: {
      'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler':
        'Fetches and refreshes tokens from `sasl.oauthbearer.token.endpoint.url` using the `sasl.oauthbearer.*` settings.',
    },
  },
  'sasl.login.class': {
    summary: 'Custom class implementing `Login` that manages the login lifecycle; by default Kafka picks the right one for the mechanism.',
    whenToChange: 'Rarely; only for unusual authentication setups that the standard login classes cannot handle.',
    tradeoff: 'Full control over login and refresh, with the risk of breaking credential renewal.',
  },
  'sasl.login.connect.timeout.ms': {
    summary: 'OAUTHBEARER only: connect timeout for HTTP calls to the identity provider. Unset leaves the HTTP client default.',
    whenToChange: 'Set it so an unreachable identity provider fails quickly instead of hanging startup or token refresh.',
    tradeoff: 'Too short fails logins on slow networks; unset may wait a long time.',
    unit: 'ms',
  },
  'sasl.login.read.timeout.ms': {
    summary: 'OAUTHBEARER only: read timeout for HTTP responses from the identity provider. Unset leaves the HTTP client default.',
    whenToChange: 'Set it when a slow or hanging identity provider must not block token retrieval indefinitely.',
    tradeoff: 'Too short fails logins against a slow provider; unset may wait a long time.',
    unit: 'ms',
  },
  'sasl.login.retry.backoff.max.ms': {
    summary: 'OAUTHBEARER only: ceiling for the exponential backoff between attempts to fetch a token from the identity provider.',
    whenToChange: 'Raise it to go easier on an identity provider during outages; lower it for faster recovery.',
    tradeoff: 'A higher ceiling reduces load during outages but slows recovery.',
    unit: 'ms',
  },
  'sasl.login.retry.backoff.ms': {
    summary: 'OAUTHBEARER only: initial wait between attempts to fetch a token; it doubles up to `sasl.login.retry.backoff.max.ms`.',
    whenToChange: 'Raise it if the identity provider rate-limits retries; lower it for faster recovery after brief errors.',
    tradeoff: 'Short waits recover sooner but can hammer a struggling provider.',
    unit: 'ms',
  },
  'sasl.oauthbearer.jwt.retriever.class': {
    summary: 'Class implementing `JwtRetriever` that obtains the token from the identity provider (4.1+). The default chooses by `sasl.oauthbearer.token.endpoint.url`: a file URL reads a token file, otherwise client credentials.',
    whenToChange: 'Switch to the JWT-bearer retriever when your identity provider expects a signed assertion grant, or plug in your own retriever.',
    tradeoff: 'The default covers the common flows; other retrievers need their matching `sasl.oauthbearer.*` settings.',
    values: {
      'org.apache.kafka.common.security.oauthbearer.DefaultJwtRetriever': 'Picks the file or client-credentials retriever from the token endpoint URL.',
      'org.apache.kafka.common.security.oauthbearer.ClientCredentialsJwtRetriever': 'OAuth client-credentials grant against the token endpoint.',
      'org.apache.kafka.common.security.oauthbearer.FileJwtRetriever': 'Reads a ready-made token from a file.',
      'org.apache.kafka.common.security.oauthbearer.JwtBearerJwtRetriever': 'JWT-bearer grant: sends a signed assertion (see `sasl.oauthbearer.assertion.*`).',
    },
  },
  'sasl.oauthbearer.jwt.validator.class': {
    summary: 'Class implementing `JwtValidator` that checks tokens (4.1+). The default does signature checks only if `sasl.oauthbearer.jwks.endpoint.url` is set, and light client-side checks otherwise.',
    whenToChange: 'Rarely on a producer; plug in your own validator only for unusual token formats.',
    tradeoff: 'The default suits clients; stricter validation on the client adds setup without much benefit.',
    values: {
      'org.apache.kafka.common.security.oauthbearer.DefaultJwtValidator': 'Chooses broker-style or client-style validation from the configuration.',
      'org.apache.kafka.common.security.oauthbearer.ClientJwtValidator': 'Basic checks of the token claims, no signature verification.',
      'org.apache.kafka.common.security.oauthbearer.BrokerJwtValidator': 'Full verification against the JWKS keys.',
    },
  },
  'sasl.oauthbearer.scope': {
    summary: 'Scope requested in the token request; should match scopes defined in the identity provider (4.1+). Replaces the deprecated `scope` JAAS option and takes precedence over it.',
    whenToChange: 'Set it when your identity provider requires a scope for Kafka access.',
    tradeoff: 'Narrow scopes limit what a leaked token can do; a wrong scope makes token requests fail.',
  },
  'sasl.oauthbearer.client.credentials.client.id': {
    summary: 'OAuth client id used to request tokens (4.1+). Replaces the deprecated `clientId` JAAS option and takes precedence over it.',
    whenToChange: 'Set it when using the client-credentials flow with a 4.1+ client.',
    tradeoff: 'Cleaner than embedding it in the JAAS string; must match the client registered in the identity provider.',
  },
  'sasl.oauthbearer.client.credentials.client.secret': {
    summary: 'OAuth client secret used to request tokens (4.1+). Replaces the deprecated `clientSecret` JAAS option and takes precedence over it.',
    whenToChange: 'Set it for the client-credentials flow unless you authenticate to the identity provider with a signed assertion instead.',
    tradeoff: 'A static secret is simple but must be protected and rotated; assertions avoid shared secrets.',
  },
  'sasl.oauthbearer.assertion.algorithm': {
    summary: 'Signing algorithm for the JWT assertion the client creates to prove its identity to the identity provider (4.1+). Ignored when `sasl.oauthbearer.assertion.file` is set.',
    whenToChange: 'Set it to match the type of the private key in `sasl.oauthbearer.assertion.private.key.file` and what the identity provider accepts.',
    tradeoff: 'RSA is the most widely accepted; EC keys are smaller and faster.',
    values: {
      RS256: 'RSA signature with SHA-256; needs an RSA private key.',
      ES256: 'ECDSA (P-256) signature with SHA-256; needs an EC private key.',
    },
  },
  'sasl.oauthbearer.assertion.claim.aud': {
    summary: 'Value of the `aud` (audience) claim in the locally created JWT assertion, typically the token endpoint or identifier of the identity provider (4.1+).',
    whenToChange: 'Set it when your identity provider requires a specific audience in client assertions.',
    tradeoff: 'A mismatch makes the identity provider reject the assertion.',
  },
  'sasl.oauthbearer.assertion.claim.exp.seconds': {
    summary: 'How far in the future, 0 to 86400 seconds, the locally created assertion expires (the `exp` claim is now plus this) (4.1+).',
    whenToChange: 'Lower it if the identity provider limits assertion lifetime; raise it only to tolerate clock drift.',
    tradeoff: 'Short lifetimes limit replay of a stolen assertion; very short ones can fail with clock skew.',
    unit: 'seconds',
  },
  'sasl.oauthbearer.assertion.claim.iss': {
    summary: 'Value of the `iss` (issuer) claim in the locally created JWT assertion, usually your client id (4.1+).',
    whenToChange: 'Set it when the client signs its own assertions for the identity provider (JWT-bearer grant, or a client assertion in place of a client secret on newer clients).',
    tradeoff: 'Must match what the identity provider expects, or the assertion is rejected.',
  },
  'sasl.oauthbearer.assertion.claim.jti.include': {
    summary: 'Whether the locally created assertion carries a unique `jti` (JWT id) claim (4.1+).',
    whenToChange: 'Enable it when the identity provider requires a `jti` to prevent assertion replay.',
    tradeoff: 'Improves replay protection; some providers reject or ignore the claim.',
    values: {
      true: 'Add a random unique `jti` to each assertion.',
      false: 'No `jti` claim.',
    },
  },
  'sasl.oauthbearer.assertion.claim.nbf.seconds': {
    summary: 'How far in the past, 0 to 3600 seconds, the locally created assertion becomes valid (the `nbf` claim is now minus this) (4.1+).',
    whenToChange: 'Raise it if the clock of the identity provider runs behind and rejects fresh assertions.',
    tradeoff: 'A larger window tolerates clock drift but slightly widens the validity period.',
    unit: 'seconds',
  },
  'sasl.oauthbearer.assertion.claim.sub': {
    summary: 'Value of the `sub` (subject) claim in the locally created JWT assertion, usually your client id (4.1+).',
    whenToChange: 'Set it when the identity provider requires a subject in client assertions.',
    tradeoff: 'A mismatch makes the identity provider reject the assertion.',
  },
  'sasl.oauthbearer.assertion.file': {
    summary: 'File holding a pre-generated, signed JWT assertion (4.1+). It is re-read when it changes, and when set, all other `sasl.oauthbearer.assertion.*` settings are ignored.',
    whenToChange: 'Use it when another system issues and rotates assertions for the application.',
    tradeoff: 'No private key in the client, but the file must be renewed before the assertion expires.',
  },
  'sasl.oauthbearer.assertion.private.key.file': {
    summary: 'PEM file with the private key used to sign locally created assertions (4.1+). It is re-read when it changes, so keys can be rotated without a restart.',
    whenToChange: 'Set it when the client signs its own assertions (together with `sasl.oauthbearer.assertion.claim.iss`).',
    tradeoff: 'Avoids shared secrets, but the key file must be protected on every host.',
  },
  'sasl.oauthbearer.assertion.private.key.passphrase': {
    summary: 'Passphrase of an encrypted private key in `sasl.oauthbearer.assertion.private.key.file` (4.1+).',
    whenToChange: 'Set it when the key file is encrypted. If the file is replaced with one using a different passphrase, restart with the new one.',
    tradeoff: 'Encrypting the key protects it at rest; the passphrase becomes another secret to manage.',
  },
  'sasl.oauthbearer.assertion.template.file': {
    summary: 'Optional JSON file with static header fields and claims to include in locally created assertions (4.1+).',
    whenToChange: 'Use it when the identity provider requires extra claims or headers beyond the ones the `assertion.claim.*` keys set.',
    tradeoff: 'Flexible, but one more file to deploy and keep consistent.',
  },
  'sasl.oauthbearer.scope.claim.name': {
    summary: 'Name of the claim that holds the scope in tokens; the usual name is `scope`.',
    whenToChange: 'Change it only if your identity provider puts scopes under a different claim name.',
    tradeoff: 'A wrong name makes token validation miss the scope.',
  },
  'sasl.oauthbearer.sub.claim.name': {
    summary: 'Name of the claim that holds the subject (principal) in tokens; the usual name is `sub`.',
    whenToChange: 'Change it only if your identity provider puts the subject under a different claim name.',
    tradeoff: 'A wrong name makes token validation fail for lack of a subject.',
  },
  'sasl.oauthbearer.token.endpoint.url': {
    summary: 'Where tokens come from: the HTTPS token endpoint of the identity provider, or a `file:` URL pointing to a file containing a ready token.',
    whenToChange: 'Set it for OAUTHBEARER with a real identity provider, together with `sasl.login.callback.handler.class`.',
    tradeoff: 'An HTTP endpoint gives automatic refresh; a token file needs an external process to keep it fresh.',
  },
  'sasl.oauthbearer.jwks.endpoint.url': {
    summary: 'URL (HTTPS or file) of the JSON Web Key Set used to verify token signatures. Mainly a broker setting; on a producer it makes the default validator verify signatures of fetched tokens.',
    whenToChange: 'Usually leave it unset on producers; set it only if the client must verify its own tokens.',
    tradeoff: 'Client-side verification adds key fetching and validation settings for little practical gain.',
  },
  'sasl.oauthbearer.jwks.endpoint.refresh.ms': {
    summary: 'How often the cached JWKS keys are refreshed from `sasl.oauthbearer.jwks.endpoint.url`.',
    whenToChange: 'Only relevant when the JWKS URL is set; lower it if the identity provider rotates keys often.',
    tradeoff: 'More frequent refreshes pick up new keys sooner at the cost of more requests.',
    unit: 'ms',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms': {
    summary: 'Ceiling for the exponential backoff between attempts to fetch the JWKS.',
    whenToChange: 'Only relevant when the JWKS URL is set.',
    tradeoff: 'A higher ceiling eases load during provider outages but slows recovery.',
    unit: 'ms',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms': {
    summary: 'Initial wait between attempts to fetch the JWKS; it doubles up to `sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms`.',
    whenToChange: 'Only relevant when the JWKS URL is set.',
    tradeoff: 'Short waits recover quickly but can hammer a struggling provider.',
    unit: 'ms',
  },
  'sasl.oauthbearer.clock.skew.seconds': {
    summary: 'Allowed clock difference between the identity provider and the side validating tokens.',
    whenToChange: 'Raise it if tokens are rejected as not yet valid or expired because clocks drift.',
    tradeoff: 'More tolerance avoids spurious failures but accepts slightly expired tokens.',
    unit: 'seconds',
  },
  'sasl.oauthbearer.allow.unverified.audience': {
    summary: '4.4 branch only: when true, tokens verified via JWKS are accepted without checking the `aud` claim, lifting the requirement to set `sasl.oauthbearer.expected.audience`.',
    whenToChange: 'Essentially never on a producer; it concerns token validation, normally on brokers.',
    tradeoff: 'Skipping the audience check accepts tokens meant for other services, which is insecure.',
    values: {
      true: 'Do not check the audience (insecure).',
      false: 'Require a configured expected audience when JWKS validation is used.',
    },
  },
  'sasl.oauthbearer.expected.audience': {
    summary: 'Audiences a token must be issued for when it is verified against a JWKS: the `aud` claim must match one of them exactly. Mainly a broker setting.',
    whenToChange: 'Only when this client verifies tokens with `sasl.oauthbearer.jwks.endpoint.url`.',
    tradeoff: 'Checking the audience rejects tokens minted for other services; a wrong list rejects valid tokens.',
  },
  'sasl.oauthbearer.allow.unverified.issuer': {
    summary: '4.4 branch only: when true, tokens verified via JWKS are accepted without checking the `iss` claim, lifting the requirement to set `sasl.oauthbearer.expected.issuer`.',
    whenToChange: 'Essentially never on a producer; it concerns token validation, normally on brokers.',
    tradeoff: 'Skipping the issuer check accepts tokens from any issuer, which is insecure.',
    values: {
      true: 'Do not check the issuer (insecure).',
      false: 'Require a configured expected issuer when JWKS validation is used.',
    },
  },
  'sasl.oauthbearer.expected.issuer': {
    summary: 'Issuer a token must come from when it is verified against a JWKS: the `iss` claim must match exactly. Mainly a broker setting.',
    whenToChange: 'Only when this client verifies tokens with `sasl.oauthbearer.jwks.endpoint.url`.',
    tradeoff: 'Checking the issuer rejects foreign tokens; a typo rejects every token.',
  },
  'sasl.oauthbearer.header.urlencode': {
    summary: 'Whether the client id and secret are URL-encoded in the authorization header sent to the token endpoint, as RFC 6749 prescribes (3.9+). Off for backward compatibility.',
    whenToChange: 'Turn it on if the identity provider rejects credentials whose id or secret contains special characters.',
    tradeoff: 'Standards-compliant encoding fixes such failures but can break providers that expect the raw values.',
    values: {
      true: 'URL-encode the client id and secret.',
      false: 'Send them as they are.',
    },
  },
  'enable.idempotence': {
    summary:
      'Makes retries safe: the broker uses a producer id and per-partition sequence numbers to drop duplicate retries and keep order. Guards only against retries within one producer session, not against your app re-sending.',
    whenToChange:
      'Leave it on. Set `true` explicitly if startup should fail, rather than silently lose idempotence, when `acks`, `retries` or in-flight settings conflict. Set `false` only if you knowingly accept duplicates.',
    tradeoff:
      'Requires `acks=all`, `retries` above 0 and at most 5 requests in flight; the overhead is negligible. Without it, a retry after a lost response can write a duplicate and reorder records.',
    values: {
      true: 'Duplicate-free, ordered retries per partition. When set explicitly, a conflicting `acks`, `retries` or in-flight value fails construction with a ConfigException.',
      false: 'Plain producer: retries can duplicate records and, with more than one request in flight, reorder them. Rules out `transactional.id`.',
    },
  },
  'transaction.timeout.ms': {
    summary:
      'Longest time a transaction may stay open before the transaction coordinator aborts it; the clock starts when the first partition is added to the transaction.',
    whenToChange:
      'Raise it if transactions legitimately run long, staying below the broker `transaction.max.timeout.ms` or `initTransactions()` fails. Do not set it at all with `transaction.two.phase.commit.enable=true`.',
    tradeoff:
      'A longer timeout tolerates slow transactions, but a crashed producer leaves its open transaction blocking `read_committed` consumers of those partitions until the timeout expires.',
    unit: 'ms',
  },
  'transactional.id': {
    summary:
      'Stable, non-empty name that makes the producer transactional: writes to several partitions, plus consumer offsets, commit or abort together. It requires idempotence and becomes part of the default `client.id`.',
    whenToChange:
      'Set it for exactly-once consume-transform-produce or atomic multi-topic writes. Give each producer instance its own id that stays the same across restarts; consumers need `isolation.level=read_committed`.',
    tradeoff:
      'Atomic writes and fencing of zombie instances (a new producer with the same id fences the old one), at the cost of extra round trips per transaction. By default the cluster needs 3 brokers for the transaction log.',
  },
  'transaction.two.phase.commit.enable': {
    summary:
      'Marks the producer as a participant in two-phase commit run by an external transaction manager (KIP-939): its transactions never time out and are finished by that coordinator.',
    whenToChange:
      'Only to tie Kafka writes into a distributed transaction with another system (e.g. a database) through tooling that supports it. Needs a `transactional.id`, a broker that allows 2PC and, with ACLs, permission for it.',
    tradeoff:
      'Atomic commits across systems, but a prepared transaction left behind blocks `read_committed` consumers until resolved. Cannot be combined with `transaction.timeout.ms`; the client API is still evolving in 4.x.',
    values: {
      true: 'Transactions never expire; also setting `transaction.timeout.ms` fails construction.',
      false: 'Normal transactions, aborted by the coordinator after `transaction.timeout.ms`.',
    },
  },
  'metadata.recovery.strategy': {
    summary:
      'What the client does when every broker it knows about is unavailable: start over from `bootstrap.servers`, or keep relying on the last-known brokers.',
    whenToChange:
      'Use `rebootstrap` where the whole broker set can be replaced behind stable bootstrap addresses (Kubernetes, cloud services, cluster migrations). Values are case-insensitive.',
    tradeoff:
      'Rebootstrap recovers on its own from a fully replaced broker set; with `none` the client has no way back once every known broker is gone.',
    values: {
      rebootstrap:
        'Repeat the bootstrap from `bootstrap.servers` when all known brokers look unavailable, when no metadata arrived for `metadata.recovery.rebootstrap.trigger.ms`, or when a broker asks for it.',
      none: 'No recovery: the client keeps using the last-known brokers.',
    },
  },
  'metadata.recovery.rebootstrap.trigger.ms': {
    summary:
      'With `metadata.recovery.strategy=rebootstrap`, how long the client may go without getting metadata from any known broker before it bootstraps again from `bootstrap.servers`.',
    whenToChange: 'Lower it where broker addresses change often and quick recovery matters; raise it to avoid rebootstrapping during long but temporary outages.',
    tradeoff: 'A short trigger recovers faster but may rebootstrap needlessly during a brief outage.',
    unit: 'ms',
  },
  'metadata.cluster.check.enable': {
    summary:
      '4.4 branch only: the client tells each broker which cluster and node it expects, so a broker can detect a connection that reached the wrong place. Ignored with `metadata.recovery.strategy=none` and with brokers older than 4.4.',
    whenToChange: 'Rarely; leave it on unless you have a specific reason to turn it off.',
    tradeoff: 'Guards against silently talking to the wrong cluster or node at negligible cost.',
    values: {
      true: 'Send cluster and node information so misrouted connections can be detected.',
      false: 'Do not send it; no misrouting check.',
    },
  },
  'config.providers': {
    summary:
      'Aliases of `ConfigProvider` plugins that fill `${alias:path:key}` placeholders in other values, e.g. reading passwords from files or environment variables. Each alias needs `config.providers.<alias>.class`.',
    whenToChange:
      'Use it to keep secrets out of properties files, e.g. with `FileConfigProvider`, `DirectoryConfigProvider` or `EnvVarConfigProvider` from `org.apache.kafka.common.config.provider`.',
    tradeoff:
      'Secrets stay outside the config at the cost of one more indirection. The JVM system property `org.apache.kafka.automatic.config.providers` can restrict which provider classes may load.',
  },
  'internal.auto.downgrade.txn.commit': {
    summary:
      'Removed in 3.0; internal switch (2.6-2.8) set by Kafka Streams so a transactional producer could fall back to an older offset-commit request on brokers lacking newer consumer-group metadata support.',
    whenToChange: 'Never set it by hand; delete it. Enabling it outside Kafka Streams could break exactly-once guarantees.',
    tradeoff: 'Nothing to gain on current clients, which treat it as an unknown key.',
  },
  'auto.include.jmx.reporter': {
    summary:
      'Removed in 4.0 (deprecated since 3.4): on 3.4-3.9 clients, true registered the JMX metrics reporter even when it was not listed in `metric.reporters`.',
    whenToChange:
      'Delete it when moving to 4.x, where it is ignored as an unknown key. If you set `metric.reporters` and still want JMX, add `org.apache.kafka.common.metrics.JmxReporter` to that list.',
    tradeoff: 'Nothing to gain on 4.x; on 3.x, false turned off JMX metrics unless the reporter was listed explicitly.',
    values: {
      true: 'JMX reporter always included (3.4-3.9).',
      false: 'JMX reporter only if listed in `metric.reporters` (3.4-3.9).',
    },
  },
};
