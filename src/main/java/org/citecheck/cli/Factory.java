package org.citecheck.cli;

import java.lang.reflect.Constructor;
import org.citecheck.cli.config.ConfigFile;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates commands, handing the run's {@link Streams} to those whose constructor takes them, and
 * the run's config file to every command's {@link OptionDefaults}.
 */
final class Factory implements IFactory {

  private final Streams streams;
  private final ConfigFile config;
  private final IFactory fallback = CommandLine.defaultFactory();

  Factory(Streams streams) {
    this(streams, ConfigFile.NONE);
  }

  Factory(Streams streams, ConfigFile config) {
    this.streams = streams;
    this.config = config;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == OptionDefaults.class) {
      return type.cast(new OptionDefaults(config));
    }
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
