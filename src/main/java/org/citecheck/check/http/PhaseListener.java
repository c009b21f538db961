package org.citecheck.check.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * Records whether a call's latest connection attempt reached a server, which tells "no network"
 * from "bad server". A call follows redirects, so each new lookup or connection starts unreached: a
 * redirect to a host that cannot be reached is a connection failure, not a broken answer.
 */
final class PhaseListener extends EventListener {

  private volatile boolean reached;

  @Override
  public void dnsStart(Call call, String domainName) {
    reached = false;
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    reached = false;
  }

  @Override
  public void secureConnectStart(Call call) {
    reached = true;
  }

  @Override
  public void connectEnd(
      Call call, InetSocketAddress address, Proxy proxy, okhttp3.Protocol protocol) {
    reached = true;
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    reached = true;
  }

  boolean reached() {
    return reached;
  }
}
