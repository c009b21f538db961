package org.citecheck.references.fields;

/**
 * Bob Jenkins' lookup3 {@code hashlittle} (public domain, 2006), the hash CRFsuite's string
 * databases place their keys by; reading a CRFsuite model in Java means finding keys where CRFsuite
 * put them. Bytes are read one at a time, which gives the same value as the C code's word reads on
 * a little-endian machine. Guava's hashes are other functions (Murmur3, SipHash), so this one is
 * here.
 */
final class Lookup3 {

  private Lookup3() {}

  static int hashLittle(byte[] key, int initval) {
    int length = key.length;
    int a = 0xdeadbeef + length + initval;
    int b = a;
    int c = a;
    int i = 0;
    while (length > 12) {
      a += word(key, i);
      b += word(key, i + 4);
      c += word(key, i + 8);
      a -= c;
      a ^= Integer.rotateLeft(c, 4);
      c += b;
      b -= a;
      b ^= Integer.rotateLeft(a, 6);
      a += c;
      c -= b;
      c ^= Integer.rotateLeft(b, 8);
      b += a;
      a -= c;
      a ^= Integer.rotateLeft(c, 16);
      c += b;
      b -= a;
      b ^= Integer.rotateLeft(a, 19);
      a += c;
      c -= b;
      c ^= Integer.rotateLeft(b, 4);
      b += a;
      length -= 12;
      i += 12;
    }
    if (length == 0) {
      return c;
    }
    byte[] tail = new byte[12];
    System.arraycopy(key, i, tail, 0, length);
    a += word(tail, 0);
    b += word(tail, 4);
    c += word(tail, 8);
    c ^= b;
    c -= Integer.rotateLeft(b, 14);
    a ^= c;
    a -= Integer.rotateLeft(c, 11);
    b ^= a;
    b -= Integer.rotateLeft(a, 25);
    c ^= b;
    c -= Integer.rotateLeft(b, 16);
    a ^= c;
    a -= Integer.rotateLeft(c, 4);
    b ^= a;
    b -= Integer.rotateLeft(a, 14);
    c ^= b;
    c -= Integer.rotateLeft(b, 24);
    return c;
  }

  private static int word(byte[] key, int i) {
    return (key[i] & 0xff)
        | (key[i + 1] & 0xff) << 8
        | (key[i + 2] & 0xff) << 16
        | (key[i + 3] & 0xff) << 24;
  }
}
