/**
 * The subset of JSON Schema (draft 2020-12) that contract schemas may use, as types.
 * src/schema/check-schema.ts proves a schema file has this shape; everything after
 * that (resolving, the form, the validators) can rely on it. Keyword names are JSON
 * Schema's own, so a schema file reads the same as these types.
 */

/** Words that describe a node: they change labels and hints, never validation. */
export interface Annotations {
  title?: string;
  description?: string;
  /** Filled in by the program, not typed by a person (the signature fingerprint). */
  readOnly?: boolean;
  /** The guide step (1-7) a top-level section belongs to. */
  "x-step"?: number;
  /** A control other than the one the type implies. */
  "x-widget"?: "signature" | "time-zone";
  $comment?: string;
}

export interface ObjectNode extends Annotations {
  type: "object";
  properties: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties: false;
}

export interface StringNode extends Annotations {
  type: "string";
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  format?: "date" | "time";
  enum?: string[];
}

export interface NumberNode extends Annotations {
  type: "number" | "integer";
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  const?: number;
}

export interface BooleanNode extends Annotations {
  type: "boolean";
}

export interface ArrayNode extends Annotations {
  type: "array";
  items: SchemaNode;
  minItems?: number;
  maxItems: number;
  uniqueItems?: boolean;
}

/** A node after `$ref`s have been inlined (see resolve-refs.ts). */
export type SchemaNode = ObjectNode | StringNode | NumberNode | BooleanNode | ArrayNode;

/** A node as written in a file: it may still be a `$ref` to one of the root's `$defs`. */
export type RawNode = SchemaNode | RefNode;

export interface RefNode extends Annotations {
  $ref: string;
}

/** The root of a contract schema file. */
export interface RootSchema extends ObjectNode {
  $schema: string;
  $id?: string;
  $defs?: Record<string, RawNode>;
}
