package org.citecheck.check;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Makes sockets that connect to 127.0.0.1 whatever address they are asked for, keeping the port:
 * with {@link FakeDns} mapping names to public-looking addresses, WireMock on loopback plays public
 * servers while the address guard judges the public-looking addresses for real.
 */
final class LoopbackSocketFactory extends SocketFactory {

  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        InetSocketAddress target = (InetSocketAddress) endpoint;
        super.connect(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), target.getPort()), timeout);
      }
    };
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return unsupported();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return unsupported();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return unsupported();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return unsupported();
  }

  private static Socket unsupported() throws IOException {
    throw new IOException("OkHttp only uses createSocket() and connect()");
  }
}
