package org.citecheck.http;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A server in a list: the last interceptor of a client, answering each request with the next
 * scripted status (and headers) or failure, without any network; it records the requests it saw.
 * When the script runs out the last entry repeats.
 */
public final class ScriptedAnswers implements Interceptor {

  /** One scripted answer: a status with headers, or a failure thrown instead. */
  public record Answer(int code, List<String> headers, IOException failure) {}

  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Request> seen = new ArrayList<>();
  private Answer last;

  /** Answers with this status; {@code headers} alternate names and values. */
  public ScriptedAnswers then(int code, String... headers) {
    script.add(new Answer(code, List.of(headers), null));
    return this;
  }

  public ScriptedAnswers thenFail(IOException failure) {
    script.add(new Answer(0, List.of(), failure));
    return this;
  }

  /** A client that sends everything here, through the given interceptors first. */
  public OkHttpClient client(Interceptor... interceptors) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    for (Interceptor interceptor : interceptors) {
      builder.addInterceptor(interceptor);
    }
    return builder.addInterceptor(this).build();
  }

  public synchronized List<Request> seen() {
    return List.copyOf(seen);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Answer answer;
    synchronized (this) {
      seen.add(chain.request());
      answer = script.isEmpty() ? last : script.poll();
      last = answer;
    }
    if (answer.failure() != null) {
      throw answer.failure();
    }
    Response.Builder response =
        new Response.Builder()
            .request(chain.request())
            .protocol(Protocol.HTTP_1_1)
            .code(answer.code())
            .message("scripted")
            .body(ResponseBody.create("", null));
    for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
      response.addHeader(answer.headers().get(i), answer.headers().get(i + 1));
    }
    return response.build();
  }
}
