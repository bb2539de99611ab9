// Shapes of the librdkafka property catalog (as CONFIGURATION.md describes each property).

export type LibrdkafkaType = 'string' | 'integer' | 'float' | 'boolean' | 'enum' | 'flags' | 'pattern' | 'callback';

export interface LibrdkafkaProperty {
  readonly name: string;
  /** `global` = rd_kafka_conf_t; `topic` = rd_kafka_topic_conf_t (also accepted in the global config object). */
  readonly scope: 'global' | 'topic';
  readonly appliesTo: 'producer' | 'both';
  readonly type: LibrdkafkaType;
  /** As documented; `null` = empty. */
  readonly default: string | number | boolean | null;
  readonly min?: number;
  readonly max?: number;
  /** Allowed values of enums and flag lists (case-insensitive in librdkafka). */
  readonly values?: readonly string[];
  /** Extra values the topic-level property accepts (`inherit` for compression.codec). */
  readonly topicValues?: readonly string[];
  /** The property this name is an alias of. */
  readonly aliasOf?: string;
  readonly importance: 'high' | 'medium' | 'low';
  readonly deprecated?: true;
  readonly experimental?: true;
  /** Words an integer property also accepts (`acks: 'all'` = -1). */
  readonly valueAliases?: Readonly<Record<string, number>>;
  /** Integer values brokers accept (acks: -1, 0, 1). */
  readonly brokerValues?: readonly number[];
}
