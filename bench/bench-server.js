// The benchmark's web, in Node: one HTTP server per loopback address 127.0.0.2 ... (the address
// after 127.0.0.255 is 127.0.1.0 and so on), all on one port, answering every request after a
// fixed latency with a timer: one thread and an event loop for every connection, so the server
// leaves the machine's cores to the checker being measured.
//
// Usage: node bench/bench-server.js HOSTS PORT LATENCY_MS CONTENT [N]
//   CONTENT html: an HTML page with a <title> (a HEAD gets its headers);
//           pdf: application/pdf of PDF_BYTES (default 1 MB);
//   N: when given, http://127.0.0.2:PORT/index.html links the N URLs the bench checks, for a
//      crawler such as linkinator (the URL scheme is the bench's: /doc/I on host I mod HOSTS).
// Prints "ready" once every server listens; runs until killed.
'use strict';
const http = require('http');

const [hosts, port, latency] = process.argv.slice(2, 5).map(Number);
const content = process.argv[5] || 'html';
const n = process.argv[6] ? Number(process.argv[6]) : 0;
const suffix = process.env.SUFFIX || '';
const pdfBytes = Number(process.env.PDF_BYTES || 1024 * 1024);

function address(i) {
  const k = 2 + i;
  return `127.0.${k >> 8}.${k & 255}`;
}

const page = Buffer.from(
  '<!doctype html><html><head><meta charset="utf-8"><title>Benchmark page</title></head>' +
    '<body><h1>Benchmark page</h1><p>A cited page of the benchmark.</p></body></html>');
const pdf = Buffer.alloc(pdfBytes);
let index = null;
if (n > 0) {
  const links = [];
  for (let i = 0; i < n; i++) {
    links.push(`<a href="http://${address(i % hosts)}:${port}/doc/${i}${suffix}">${i}</a>`);
  }
  index = Buffer.from(`<!doctype html><html><body>${links.join('\n')}</body></html>`);
}

function answer(req, res) {
  setTimeout(() => {
    let body = content === 'pdf' ? pdf : page;
    let type = content === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8';
    if (index && req.url === '/index.html') {
      body = index;
      type = 'text/html; charset=utf-8';
    }
    res.writeHead(200, {'Content-Type': type, 'Content-Length': body.length});
    if (req.method === 'HEAD') {
      res.end();
    } else {
      res.end(body);
    }
  }, latency);
}

let listening = 0;
for (let h = 0; h < hosts; h++) {
  const server = http.createServer(answer);
  server.keepAliveTimeout = 60000;
  server.listen({host: address(h), port, backlog: 4096}, () => {
    if (++listening === hosts) {
      console.log('ready');
    }
  });
}
