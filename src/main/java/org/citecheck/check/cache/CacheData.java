package org.citecheck.check.cache;

import java.util.Map;
import java.util.TreeMap;

/** The cache file's content: a format version and one entry per exact URL. */
public record CacheData(int version, Map<String, CacheEntry> urls) {

  public static final int VERSION = 1;

  public CacheData {
    urls = urls == null ? new TreeMap<>() : new TreeMap<>(urls);
  }

  public static CacheData empty() {
    return new CacheData(VERSION, null);
  }
}
