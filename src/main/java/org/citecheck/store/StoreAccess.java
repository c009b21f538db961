package org.citecheck.store;

/**
 * A store's address with the password to open it. Not a record, so that no {@code toString} of an
 * options object ever prints the password: it shows the address alone.
 */
public final class StoreAccess {

  private final StoreAddress address;
  private final String password;

  /**
   * @param password PGPASSWORD's value for a PostgreSQL store, or null (the driver then reads
   *     .pgpass)
   */
  public StoreAccess(StoreAddress address, String password) {
    this.address = address;
    this.password = password;
  }

  public static StoreAccess of(StoreAddress address) {
    return new StoreAccess(address, null);
  }

  public StoreAddress address() {
    return address;
  }

  public HistoryStore open() {
    return HistoryStore.open(address, password);
  }

  @Override
  public String toString() {
    return address.describe();
  }
}
