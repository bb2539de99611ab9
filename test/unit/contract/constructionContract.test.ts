// The contract: an error-severity diagnostic appears exactly when `new KafkaProducer(props)` of that version would throw.
// Cases come from VALIDATION.md (executed against real KafkaProducer constructions of 2.8, 3.0, 3.1, 3.2, 3.9, 4.0, 4.3).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../helpers/lint';

const BASE =
  'bootstrap.servers=localhost:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=org.apache.kafka.common.serialization.StringSerializer\n';

interface Case {
  readonly name: string;
  readonly props: string;
  /** Versions in which construction throws. */
  readonly throwsIn: readonly string[];
}

const ALL = ['2.8', '3.0', '3.1', '3.2', '3.3', '3.6', '3.9', '4.0', '4.1', '4.2', '4.3'];
const FROM = (v: string) => ALL.filter((x) => Number(x.split('.')[0]) * 100 + Number(x.split('.')[1]) >= Number(v.split('.')[0]) * 100 + Number(v.split('.')[1]));

const CASES: Case[] = [
  { name: 'defaults', props: '', throwsIn: [] },
  { name: 'acks=ALL (case-sensitive validator)', props: 'acks=ALL\n', throwsIn: ALL },
  { name: 'acks=2', props: 'acks=2\n', throwsIn: ALL },
  { name: 'acks= all  (trimmed)', props: 'acks= all \n', throwsIn: [] },
  { name: 'acks=1 alone (idempotence silently off from 3.2)', props: 'acks=1\n', throwsIn: [] },
  { name: 'retries=0 alone', props: 'retries=0\n', throwsIn: [] },
  { name: 'explicit idempotence + acks=1', props: 'enable.idempotence=true\nacks=1\n', throwsIn: ALL },
  { name: 'explicit idempotence + acks=0', props: 'enable.idempotence=true\nacks=0\n', throwsIn: ALL },
  { name: 'explicit idempotence + retries=0', props: 'enable.idempotence=true\nretries=0\n', throwsIn: ALL },
  { name: 'explicit idempotence + in-flight 6', props: 'enable.idempotence=true\nmax.in.flight.requests.per.connection=6\n', throwsIn: ALL },
  { name: 'implicit idempotence + in-flight 6 (error from 4.0)', props: 'max.in.flight.requests.per.connection=6\n', throwsIn: FROM('4.0') },
  { name: 'acks=1 + in-flight 6 (4.0 checks in-flight first)', props: 'acks=1\nmax.in.flight.requests.per.connection=6\n', throwsIn: FROM('4.0') },
  { name: 'idempotence off + in-flight 6', props: 'enable.idempotence=false\nmax.in.flight.requests.per.connection=6\n', throwsIn: [] },
  { name: 'transactional.id + acks=1', props: 'transactional.id=tx\nacks=1\n', throwsIn: ALL },
  { name: 'transactional.id + enable.idempotence=false', props: 'transactional.id=tx\nenable.idempotence=false\n', throwsIn: ALL },
  { name: 'transactional.id + retries=0', props: 'transactional.id=tx\nretries=0\n', throwsIn: ALL },
  { name: 'transactional.id alone', props: 'transactional.id=tx\n', throwsIn: [] },
  { name: 'empty transactional.id (NonEmptyString)', props: 'transactional.id=\n', throwsIn: ALL },
  { name: 'delivery.timeout.ms=30000 (linger 5 from 4.0)', props: 'delivery.timeout.ms=30000\n', throwsIn: FROM('4.0') },
  { name: 'delivery.timeout.ms=30005', props: 'delivery.timeout.ms=30005\n', throwsIn: [] },
  { name: 'delivery.timeout.ms below linger+request', props: 'linger.ms=100\nrequest.timeout.ms=30000\ndelivery.timeout.ms=30050\n', throwsIn: ALL },
  { name: 'unset delivery.timeout.ms is raised, not rejected', props: 'request.timeout.ms=200000\n', throwsIn: [] },
  { name: 'SASL_SSL with empty mechanism (checked from 3.3)', props: 'security.protocol=SASL_SSL\nsasl.mechanism=\n', throwsIn: FROM('3.3') },
  { name: 'SASL_SSL with default mechanism', props: 'security.protocol=SASL_SSL\n', throwsIn: [] },
  { name: 'security.protocol=TLS', props: 'security.protocol=TLS\n', throwsIn: ALL },
  { name: 'compression.type=GZIP (case-sensitive)', props: 'compression.type=GZIP\n', throwsIn: ALL },
  { name: 'compression.type=lz4 # fast (a value, not a comment)', props: 'compression.type=lz4 # fast\n', throwsIn: ALL },
  { name: 'client.dns.lookup=default (removed in 3.0)', props: 'client.dns.lookup=default\n', throwsIn: FROM('3.0') },
  {
    name: 'DefaultPartitioner (removed in 4.0)',
    props: 'partitioner.class=org.apache.kafka.clients.producer.internals.DefaultPartitioner\n',
    throwsIn: FROM('4.0'),
  },
  { name: 'linger.ms=5ms', props: 'linger.ms=5ms\n', throwsIn: ALL },
  { name: 'batch.size=-1 (range)', props: 'batch.size=-1\n', throwsIn: ALL },
  { name: 'retries above INT max', props: 'retries=2147483648\n', throwsIn: ALL },
  { name: 'enable.idempotence=yes', props: 'enable.idempotence=yes\n', throwsIn: ALL },
  { name: 'enable.idempotence=TRUE (case-insensitive boolean)', props: 'enable.idempotence=TRUE\n', throwsIn: [] },
  { name: 'metadata.max.idle.ms=1000 (at least 5000)', props: 'metadata.max.idle.ms=1000\n', throwsIn: FROM('2.8') },
  { name: '2PC + transaction.timeout.ms (4.1+)', props: 'transactional.id=tx\ntransaction.two.phase.commit.enable=true\ntransaction.timeout.ms=60000\n', throwsIn: FROM('4.1') },
  { name: 'unknown key only logs', props: 'lingerms=5\n', throwsIn: [] },
  { name: 'removed key only logs', props: 'auto.include.jmx.reporter=false\n', throwsIn: [] },
  { name: 'bootstrap.servers without a port', props: 'bootstrap.servers=localhost\n', throwsIn: ALL },
  { name: 'bootstrap.servers user@host (3.8 pattern)', props: 'bootstrap.servers=http://user@broker:9092\n', throwsIn: FROM('3.8') },
  { name: 'bootstrap.servers with a trailing slash', props: 'bootstrap.servers=broker:9092/\n', throwsIn: ALL },
  { name: 'bootstrap.servers PLAINTEXT:// prefix', props: 'bootstrap.servers=PLAINTEXT://broker:9092\n', throwsIn: [] },
  { name: 'bootstrap.servers empty element (validator from 4.2)', props: 'bootstrap.servers=a:9092,,b:9092\n', throwsIn: FROM('4.2') },
  { name: 'security.protocol=ssl (case-sensitive 3.3–3.4)', props: 'security.protocol=ssl\n', throwsIn: ['3.3'] },
  { name: 'sasl.login.refresh.window.factor=NaN passes the range check', props: 'sasl.login.refresh.window.factor=NaN\n', throwsIn: [] },
  { name: 'empty INT value', props: 'linger.ms=\n', throwsIn: ALL },
  { name: 'duplicate key: only the last value counts', props: 'acks=ALL\nacks=all\n', throwsIn: [] },
];

describe('error diagnostics appear exactly when the producer constructor throws', () => {
  for (const c of CASES) {
    for (const version of ALL) {
      test(`${c.name} @ ${version}`, () => {
        // Later lines override BASE (bootstrap.servers in the last case).
        const errors = lint(BASE + c.props, { clientVersion: version }).filter((f) => f.severity === 'error');
        const expected = c.throwsIn.includes(version);
        assert.equal(errors.length > 0, expected, `${expected ? 'expected' : 'unexpected'} error: ${JSON.stringify(errors)}`);
      });
    }
  }
});
