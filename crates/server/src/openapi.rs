//! `GET /api/openapi.json`: the API described in OpenAPI 3.0.

use axum::Json;
use serde_json::{json, Value};

fn param(name: &str, location: &str, required: bool, kind: &str, about: &str) -> Value {
    json!({
        "name": name, "in": location, "required": required,
        "schema": { "type": kind }, "description": about
    })
}

fn q(name: &str, kind: &str, about: &str) -> Value {
    param(name, "query", false, kind, about)
}

fn ok(about: &str, schema: Value) -> Value {
    json!({ "200": { "description": about, "content": { "application/json": { "schema": schema } } },
            "400": { "$ref": "#/components/responses/Error" } })
}

fn obj(props: Value) -> Value {
    json!({ "type": "object", "properties": props })
}

fn list_of(r: &str) -> Value {
    json!({ "type": "array", "items": { "$ref": format!("#/components/schemas/{r}") } })
}

/// The OpenAPI document.
pub fn document() -> Value {
    let event_filters = vec![
        q(
            "entity",
            "string",
            "entity key (`person:mira-castell`) as source or target",
        ),
        q(
            "actor",
            "string",
            "actor code as source or target; 3 letters match a country",
        ),
        q("root", "string", "CAMEO root code (2 digits)"),
        q(
            "status",
            "string",
            "asserted, confirmed, attributed, unconfirmed, denied, negated, hypothetical",
        ),
        q("source", "string", "source actor code or entity key"),
        q("target", "string", "target actor code or entity key"),
        q("story", "integer", "story id"),
        q("article", "string", "article id"),
        q("from", "string", "first day, YYYY-MM-DD"),
        q("to", "string", "last day, YYYY-MM-DD"),
        q("limit", "integer", "at most this many (default 100)"),
    ];
    let text_body = json!({
        "required": true,
        "description": "An article: plain text, HTML, or JSON Lines ({\"text\"|\"html\", \"title\"?, \"published\"?, \"url\"?}). The Content-Type picks the format; otherwise it is sniffed.",
        "content": {
            "text/plain": { "schema": { "type": "string" } },
            "text/html": { "schema": { "type": "string" } },
            "application/json": { "schema": { "type": "string" } }
        }
    });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "sitrep archive API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Who did what to whom, when and where, who says so, and how sure: the archive of analysed articles (sitrep/1 documents)."
        },
        "paths": {
            "/api/articles": {
                "get": {
                    "summary": "List articles, newest first",
                    "parameters": [q("offset", "integer", "skip this many"), q("limit", "integer", "at most this many (default 50)")],
                    "responses": ok("Articles", obj(json!({"total": {"type": "integer"}, "articles": list_of("ArticleSummary")})))
                },
                "post": {
                    "summary": "Analyse an article and add it to the archive (needs the server's token)",
                    "security": [{ "bearer": [] }],
                    "requestBody": text_body.clone(),
                    "responses": {
                        "201": { "description": "Added (status `added`) or already there (`existing`)" },
                        "401": { "$ref": "#/components/responses/Error" },
                        "403": { "$ref": "#/components/responses/Error" },
                        "413": { "description": "Body over the cap" },
                        "422": { "$ref": "#/components/responses/Error" }
                    }
                }
            },
            "/api/articles/{id}": {
                "get": {
                    "summary": "One article as its sitrep/1 document",
                    "parameters": [param("id", "path", true, "string", "article id")],
                    "responses": {
                        "200": { "description": "The sitrep/1 document (see output.md)", "content": { "application/json": { "schema": { "type": "object" } } } },
                        "404": { "$ref": "#/components/responses/Error" }
                    }
                }
            },
            "/api/search": {
                "get": {
                    "summary": "Ranked articles with highlighted snippets",
                    "parameters": [
                        q("q", "string", "words (all must match); quotes for phrases, OR, -word"),
                        q("entity", "string", "entity key or name mentioned in the article"),
                        q("actor", "string", "actor code of an entity or event party"),
                        q("root", "string", "CAMEO root code of an event in the article"),
                        q("status", "string", "status of an event in the article"),
                        q("from", "string", "published on or after, YYYY-MM-DD"),
                        q("to", "string", "published on or before, YYYY-MM-DD"),
                        q("duplicates", "boolean", "also list near-duplicates"),
                        q("offset", "integer", "skip this many"),
                        q("limit", "integer", "at most this many (default 10)")
                    ],
                    "responses": ok("Hits, best first; `snippet` is HTML-safe with the query words in <mark>",
                        obj(json!({"total": {"type": "integer"}, "hits": list_of("Hit")})))
                }
            },
            "/api/events": {
                "get": {
                    "summary": "Events across the archive (who did what to whom), newest day first",
                    "parameters": event_filters,
                    "responses": ok("Events", obj(json!({"events": list_of("Event")})))
                }
            },
            "/api/entities": {
                "get": {
                    "summary": "Entities across articles (linked by normalized name and type)",
                    "parameters": [q("q", "string", "part of the name"), q("type", "string", "person, org, gpe, loc, norp, facility, event, misc"), q("limit", "integer", "at most this many")],
                    "responses": ok("Entities, most written-about first", obj(json!({"entities": list_of("Entity")})))
                }
            },
            "/api/entities/{key}": {
                "get": {
                    "summary": "One entity: aliases, roles, articles, events, quotes",
                    "parameters": [param("key", "path", true, "string", "entity key, `type:normalized-name`")],
                    "responses": { "200": { "description": "The entity page" }, "404": { "$ref": "#/components/responses/Error" } }
                }
            },
            "/api/stories": {
                "get": {
                    "summary": "Events grouped across articles (same dyad, CAMEO root, place, day) with source counts and disagreements",
                    "parameters": [q("min_sources", "integer", "at least this many articles"), q("limit", "integer", "at most this many")],
                    "responses": ok("Stories", obj(json!({"stories": list_of("Story")})))
                }
            },
            "/api/stories/{id}": {
                "get": {
                    "summary": "One story",
                    "parameters": [param("id", "path", true, "integer", "story id")],
                    "responses": { "200": { "description": "The story" }, "404": { "$ref": "#/components/responses/Error" } }
                }
            },
            "/api/dyads": {
                "get": {
                    "summary": "Dyad timeline: events per day with Goldstein sums for one source/target pair",
                    "parameters": [
                        param("source", "query", true, "string", "actor code or entity key"),
                        param("target", "query", true, "string", "actor code or entity key")
                    ],
                    "responses": ok("Days", obj(json!({"source": {"type": "string"}, "target": {"type": "string"},
                        "days": {"type": "array", "items": obj(json!({"day": {"type": "string"}, "events": {"type": "integer"}, "goldstein": {"type": "number"}}))}})))
                }
            },
            "/api/extract": {
                "post": {
                    "summary": "Analyse text or HTML without storing it",
                    "requestBody": text_body,
                    "responses": {
                        "200": { "description": "The sitrep/1 document (JSON Lines when the body holds several articles)" },
                        "413": { "description": "Body over the cap" },
                        "422": { "$ref": "#/components/responses/Error" }
                    }
                }
            },
            "/api/stats": {
                "get": { "summary": "Counts and size on disk", "responses": ok("Stats", json!({"type": "object"})) }
            },
            "/api/openapi.json": {
                "get": { "summary": "This document", "responses": { "200": { "description": "OpenAPI 3" } } }
            }
        },
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "responses": {
                "Error": { "description": "An error", "content": { "application/json": { "schema": obj(json!({"error": {"type": "string"}})) } } }
            },
            "schemas": {
                "ArticleSummary": obj(json!({
                    "id": {"type": "string"}, "title": {"type": "string", "nullable": true},
                    "published": {"type": "string", "nullable": true}, "site": {"type": "string", "nullable": true},
                    "url": {"type": "string", "nullable": true}, "path": {"type": "string", "nullable": true},
                    "dup_of": {"type": "string", "nullable": true, "description": "first copy of a near-duplicate"},
                    "entities": {"type": "integer"}, "quotes": {"type": "integer"}, "events": {"type": "integer"}
                })),
                "Hit": obj(json!({
                    "id": {"type": "string"}, "title": {"type": "string", "nullable": true},
                    "snippet": {"type": "string", "description": "HTML-escaped text, query words in <mark>"},
                    "score": {"type": "number"}, "published": {"type": "string", "nullable": true},
                    "dup_of": {"type": "string", "nullable": true}
                })),
                "Party": obj(json!({"text": {"type": "string"}, "key": {"type": "string", "nullable": true}, "actor": {"type": "string", "nullable": true}})),
                "Event": obj(json!({
                    "article": {"type": "string"}, "article_title": {"type": "string", "nullable": true},
                    "id": {"type": "string"}, "code": {"type": "string"}, "root": {"type": "string"},
                    "label": {"type": "string"}, "plover": {"type": "string", "nullable": true},
                    "goldstein": {"type": "number"}, "status": {"type": "string"}, "trigger": {"type": "string"},
                    "source": {"$ref": "#/components/schemas/Party"}, "target": {"$ref": "#/components/schemas/Party"},
                    "location": {"type": "string", "nullable": true}, "time": {"type": "string", "nullable": true},
                    "day": {"type": "string", "nullable": true}, "attributed_to": {"type": "string", "nullable": true},
                    "sentence": {"type": "integer"}, "story": {"type": "integer"}
                })),
                "Entity": obj(json!({
                    "key": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"},
                    "actor": {"type": "string", "nullable": true}, "articles": {"type": "integer"}, "mentions": {"type": "integer"}
                })),
                "Story": obj(json!({
                    "id": {"type": "integer"}, "source": {"type": "string", "nullable": true}, "target": {"type": "string", "nullable": true},
                    "root": {"type": "string"}, "label": {"type": "string"}, "place": {"type": "string", "nullable": true},
                    "day": {"type": "string", "nullable": true}, "events": {"type": "integer"},
                    "sources": {"type": "integer", "description": "distinct articles, near-duplicates counted once"},
                    "articles": {"type": "array", "items": {"type": "string"}},
                    "statuses": {"type": "array"}, "disagreements": {"type": "array", "items": {"type": "string"}}
                }))
            }
        }
    })
}

pub(crate) async fn openapi() -> Json<Value> {
    Json(document())
}
