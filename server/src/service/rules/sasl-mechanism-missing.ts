// Rule sasl-mechanism-missing: a SASL security.protocol with an empty sasl.mechanism.
import type { Rule } from './rule';
import { reportConflicts, setFix } from './support';

const MECHANISMS = ['SCRAM-SHA-512', 'SCRAM-SHA-256', 'PLAIN', 'OAUTHBEARER', 'GSSAPI'];

export const rule: Rule = {
  id: 'sasl-mechanism-missing',
  meta: {
    description: 'security.protocol enables SASL but sasl.mechanism is empty.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'unsafe',
    clients: ['java'],
    docs: {
      what: 'Reports `security.protocol=SASL_SSL` or `SASL_PLAINTEXT` together with an empty `sasl.mechanism`.',
      why:
        'The client cannot authenticate without a mechanism and refuses to start (a `ConfigException` at configuration time since 3.3; ' +
        'earlier versions fail while building the SASL channel in the constructor). Leaving `sasl.mechanism` out entirely means `GSSAPI` (Kerberos).',
      examples: {
        invalid: 'bootstrap.servers=broker:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=\n',
        valid: 'bootstrap.servers=broker:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n',
      },
      fix: 'Quick fixes offer the common mechanisms; pick the one your cluster uses.',
      references: ['CommonClientConfigs.postValidateSaslMechanismConfig (CCC:297-306 @4.3.1)', 'KAFKA-13793'],
    },
  },
  check(ctx) {
    reportConflicts(ctx, 'sasl-mechanism', (c) => ({
      message: `${c.message}; the producer cannot authenticate and refuses to start.`,
      fixes: MECHANISMS.map((m) => setFix(ctx, 'sasl.mechanism', m, { safe: false })),
    }));
  },
};
