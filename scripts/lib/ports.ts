import net from "node:net";

export async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === "EADDRINUSE" ? `port ${port} is already in use: stop what runs there or set PORT=<another port>` : `cannot listen on port ${port}: ${error.message}`)),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}
