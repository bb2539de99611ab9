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
        'The client cannot authenticate without a mechanism. Since 3.3 it refuses to start (a `ConfigException`: an error here); ' +
        'earlier versions start and fail when they connect (a warning here). Leaving `sasl.mechanism` out entirely means `GSSAPI` (Kerberos).',
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
      message:
        c.throws === false
          ? `${c.message}; Kafka ${ctx.version} clients accept it at start-up but cannot authenticate when they connect.`
          : `${c.message}; the producer cannot authenticate and refuses to start.`,
      ...(c.throws === false ? { severity: 'warning' as const } : {}),
      fixes: MECHANISMS.map((m) => setFix(ctx, 'sasl.mechanism', m, { safe: false })),
    }));
  },
};
