import net from 'node:net'

/** Whether something accepts TCP connections on `port` (no answer within 1 s: no). */
export const acceptsConnections = (port: number, host = '127.0.0.1') =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, host)
    const done = (accepted: boolean) => {
      socket.destroy()
      resolve(accepted)
    }
    socket.once('connect', () => done(true)).once('error', () => done(false))
    socket.setTimeout(1000, () => done(false))
  })
