#!/usr/bin/env python3
"""Writes the WARC fixtures: crawl.warc (plain), crawl.warc.gz (gzip per record) and
bad.warc (a malformed record between good ones). Run from this folder."""
import gzip

HTML = open("article.html", "rb").read()
LATIN1 = open("latin1.html", "rb").read()


def record(headers, block):
    head = b"WARC/1.1\r\n"
    for k, v in headers:
        head += f"{k}: {v}\r\n".encode()
    head += f"Content-Length: {len(block)}\r\n\r\n".encode()
    return head + block + b"\r\n\r\n"


def http(body, ctype, extra=b""):
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\n" + extra
        + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


def chunked(body):
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    out = b""
    for p in parts:
        out += f"{len(p):x}\r\n".encode() + p + b"\r\n"
    return out + b"0\r\n\r\n"


records = [
    record([("WARC-Type", "warcinfo"), ("WARC-Date", "2031-04-02T10:00:00Z"), ("Content-Type", "application/warc-fields")],
           b"software: hand-written fixture\r\n"),
    record([("WARC-Type", "request"), ("WARC-Target-URI", "https://ledger.example/2031/04/02/bridge"),
            ("WARC-Date", "2031-04-02T10:00:01Z"), ("Content-Type", "application/http; msgtype=request")],
           b"GET /2031/04/02/bridge HTTP/1.1\r\nHost: ledger.example\r\n\r\n"),
    record([("WARC-Type", "response"), ("WARC-Target-URI", "https://ledger.example/2031/04/02/bridge"),
            ("WARC-Date", "2031-04-02T10:00:02Z"), ("Content-Type", "application/http; msgtype=response")],
           http(HTML, "text/html; charset=utf-8")),
    record([("WARC-Type", "metadata"), ("WARC-Target-URI", "https://ledger.example/2031/04/02/bridge"),
            ("WARC-Date", "2031-04-02T10:00:02Z"), ("Content-Type", "application/warc-fields")],
           b"fetchTimeMs: 120\r\n"),
    record([("WARC-Type", "response"), ("WARC-Target-URI", "https://ledger.example/logo.png"),
            ("WARC-Date", "2031-04-02T10:00:03Z"), ("Content-Type", "application/http; msgtype=response")],
           http(b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")),
    # No charset in the page's meta... the HTTP header says windows-1252; chunked coding.
    record([("WARC-Type", "response"), ("WARC-Target-URI", "https://cafe.example/rent"),
            ("WARC-Date", "2031-05-06T07:08:09Z"), ("Content-Type", "application/http; msgtype=response")],
           b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\n\r\n"
           + chunked(LATIN1.replace(b"charset=windows-1252", b"x=y"))),
    record([("WARC-Type", "resource"), ("WARC-Target-URI", "file:///notes/ferry.txt"),
            ("WARC-Date", "2031-05-12T12:00:00Z"), ("Content-Type", "text/plain")],
           open("plain.txt", "rb").read()),
]

with open("crawl.warc", "wb") as f:
    f.write(b"".join(records))
with open("crawl.warc.gz", "wb") as f:
    for r in records:
        f.write(gzip.compress(r, mtime=0))

bad = records[2] + b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2031-01-01T00:00:00Z\r\n\r\nno length here\r\n\r\n" + records[6]
with open("bad.warc", "wb") as f:
    f.write(bad)
