package org.citecheck.check.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/** Records whether a call reached a server at all, which tells "no network" from "bad server". */
final class PhaseListener extends EventListener {

  private volatile boolean reached;

  @Override
  public void secureConnectStart(Call call) {
    reached = true;
  }

  @Override
  public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, okhttp3.Protocol protocol) {
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
