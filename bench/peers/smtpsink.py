"""A minimal SMTP server that accepts every message and keeps it in memory (for counting what a peer sent)."""
import socketserver, threading

class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        w = lambda line: (self.wfile.write((line + "\r\n").encode()), self.wfile.flush())
        w("220 sink ESMTP")
        data, in_data = [], False
        while True:
            raw = self.rfile.readline()
            if not raw: return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if in_data:
                if line == ".":
                    in_data = False
                    with self.server.lock: self.server.messages.append("\n".join(data))
                    data = []; w("250 OK queued")
                else:
                    data.append(line[1:] if line.startswith("..") else line)
                continue
            cmd = line[:4].upper()
            if cmd == "EHLO": w("250-sink"); w("250 8BITMIME")
            elif cmd == "DATA": in_data = True; w("354 end with .")
            elif cmd == "QUIT": w("221 bye"); return
            else: w("250 OK")

class SmtpSink(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True
    def __init__(self, port):
        super().__init__(("127.0.0.1", port), _Handler)
        self.messages, self.lock = [], threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()
    def take(self):
        with self.lock:
            m, self.messages = self.messages, []
        return m
