package org.citecheck.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands, handing the run's {@link Streams} to those whose constructor takes them. */
final class Factory implements IFactory {

  private final Streams streams;
  private final IFactory fallback = CommandLine.defaultFactory();

  Factory(Streams streams) {
    this.streams = streams;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length == 1 && parameters[0] == Streams.class) {
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(streams));
      }
    }
    return fallback.create(type);
  }
}
