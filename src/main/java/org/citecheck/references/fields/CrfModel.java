package org.citecheck.references.fields;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A linear-chain CRF model file as CRFsuite 0.12 writes it ("lCRF", a "FOMC" first-order model),
 * read and applied in Java: the same weights and the same Viterbi as CRFsuite's tagger, without its
 * native library. Loading is reading the file's bytes; attribute names are looked up in the file's
 * own hash tables (CRFsuite's "CQDB" with Bob Jenkins' lookup3 hash), so nothing is copied into
 * Java maps at start-up, which is what a short document pays for. A model is immutable and shared
 * by threads.
 *
 * <p>Layout (little-endian): a 48-byte header (magic, size, type, version, counts, offsets of the
 * features, the label and attribute databases and their feature references); features of 20 bytes
 * (type 0 attribute-to-label, 1 label-to-label; source, destination, weight as a double); for each
 * label and attribute, the ids of its features.
 */
final class CrfModel {

  private static final int FEATURE_SIZE = 20;
  private static final int STATE = 0;
  private static final int TRANSITION = 1;

  private final ByteBuffer data;
  private final String[] labels;
  private final double[] transitions;
  private final int features;
  private final int attributeRefs;
  private final int attributeDb;
  private final int attributeCount;

  private CrfModel(byte[] bytes) {
    data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asReadOnlyBuffer();
    data.order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 48
        || !ascii(0, 4).equals("lCRF")
        || !ascii(8, 4).equals("FOMC")
        || data.getInt(4) != bytes.length) {
      throw new IllegalArgumentException("not a CRFsuite model file");
    }
    int labelCount = data.getInt(20);
    attributeCount = data.getInt(24);
    features = data.getInt(28) + 12;
    int labelDb = data.getInt(32);
    attributeDb = data.getInt(36);
    int labelRefs = data.getInt(40) + 12;
    attributeRefs = data.getInt(44) + 12;
    labels = new String[labelCount];
    int backward = labelDb + data.getInt(labelDb + 20);
    for (int id = 0; id < labelCount; id++) {
      int record = labelDb + data.getInt(backward + 4 * id);
      labels[data.getInt(record)] = key(record);
    }
    // CRFsuite's tagger fills the transition scores once when it opens a model: each label's
    // label-to-label features.
    transitions = new double[labelCount * labelCount];
    for (int from = 0; from < labelCount; from++) {
      int refs = data.getInt(labelRefs + 4 * from);
      int count = data.getInt(refs);
      for (int r = 0; r < count; r++) {
        int feature = features + FEATURE_SIZE * data.getInt(refs + 4 + 4 * r);
        if (data.getInt(feature) == TRANSITION) {
          transitions[from * labelCount + data.getInt(feature + 8)] = data.getDouble(feature + 12);
        }
      }
    }
  }

  /** Reads a model file's bytes; throws {@link IllegalArgumentException} for anything else. */
  static CrfModel read(byte[] bytes) {
    try {
      return new CrfModel(bytes);
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("a truncated or damaged CRFsuite model file", e);
    }
  }

  /** The model's labels, by id. */
  List<String> labels() {
    return List.of(labels);
  }

  int attributeCount() {
    return attributeCount;
  }

  /** The name of attribute {@code id}, from the database's id-to-key table. */
  String attributeName(int id) {
    int backward = attributeDb + data.getInt(attributeDb + 20);
    return key(attributeDb + data.getInt(backward + 4 * id));
  }

  /**
   * The attribute's id, or -1 when the model never kept it (CRFsuite's tagger drops those too).
   * Keys are stored as the JNI binding passed them: Java's modified UTF-8 and a terminating NUL.
   */
  int attribute(String name) {
    byte[] key = modifiedUtf8(name);
    int hash = Lookup3.hashLittle(key, 0);
    int table = attributeDb + 24 + 8 * Integer.remainderUnsigned(hash, 256);
    int buckets = attributeDb + data.getInt(table);
    int size = data.getInt(table + 4);
    if (size == 0) {
      return -1;
    }
    int k = Integer.remainderUnsigned(hash >>> 8, size);
    while (true) {
      int bucket = buckets + 8 * k;
      int offset = data.getInt(bucket + 4);
      if (offset == 0) {
        return -1;
      }
      if (data.getInt(bucket) == hash && keyEquals(attributeDb + offset, key)) {
        return data.getInt(attributeDb + offset);
      }
      k = (k + 1) % size;
    }
  }

  /**
   * The best label ids for a sequence of tokens, each given as its attributes' ids (-1 ignored), by
   * CRFsuite's Viterbi: the same order of sums and the same choice between equal scores.
   */
  int[] viterbi(int[][] tokens) {
    return viterbi(stateScores(tokens));
  }

  /**
   * The best labelling and its probability among all labellings of the tokens, with every score
   * divided by {@code temperature}: an averaged perceptron's scores are not log-probabilities (at
   * temperature 1 nearly every labelling comes out certain), so the temperature is fitted by the
   * evaluation, which measures how often labellings of each probability are right.
   */
  Tagged tag(int[][] tokens, double temperature) {
    double[][] state = stateScores(tokens);
    int[] best = viterbi(state);
    if (best.length == 0) {
      return new Tagged(best, 0);
    }
    int l = labels.length;
    double score = state[0][best[0]];
    for (int t = 1; t < best.length; t++) {
      score += transitions[best[t - 1] * l + best[t]] + state[t][best[t]];
    }
    // Forward sums in log space: log Z over every labelling of the tokens.
    double[] alpha = new double[l];
    double[] next = new double[l];
    for (int j = 0; j < l; j++) {
      alpha[j] = state[0][j] / temperature;
    }
    double[] terms = new double[l];
    for (int t = 1; t < best.length; t++) {
      for (int j = 0; j < l; j++) {
        for (int i = 0; i < l; i++) {
          terms[i] = alpha[i] + transitions[i * l + j] / temperature;
        }
        next[j] = logSumExp(terms) + state[t][j] / temperature;
      }
      double[] swap = alpha;
      alpha = next;
      next = swap;
    }
    double probability = Math.exp(score / temperature - logSumExp(alpha));
    return new Tagged(best, Double.isFinite(probability) ? Math.min(1, probability) : 0);
  }

  /** Label ids, and the probability of that labelling. */
  record Tagged(int[] labels, double probability) {}

  private static double logSumExp(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : values) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }

  private int[] viterbi(double[][] state) {
    int length = state.length;
    int l = labels.length;
    if (length == 0) {
      return new int[0];
    }
    double[] previous = state[0].clone();
    double[] current = new double[l];
    int[][] back = new int[length][l];
    for (int t = 1; t < length; t++) {
      for (int j = 0; j < l; j++) {
        double max = -Double.MAX_VALUE;
        int argmax = -1;
        for (int i = 0; i < l; i++) {
          double score = previous[i] + transitions[i * l + j];
          if (max < score) {
            max = score;
            argmax = i;
          }
        }
        back[t][j] = Math.max(argmax, 0);
        current[j] = max + state[t][j];
      }
      double[] swap = previous;
      previous = current;
      current = swap;
    }
    int[] best = new int[length];
    double max = -Double.MAX_VALUE;
    for (int i = 0; i < l; i++) {
      if (max < previous[i]) {
        max = previous[i];
        best[length - 1] = i;
      }
    }
    for (int t = length - 2; t >= 0; t--) {
      best[t] = back[t + 1][best[t + 1]];
    }
    return best;
  }

  /** Each token's score for each label: the weights of its attributes' features, summed. */
  private double[][] stateScores(int[][] tokens) {
    int l = labels.length;
    double[][] state = new double[tokens.length][l];
    for (int t = 0; t < tokens.length; t++) {
      for (int attribute : tokens[t]) {
        if (attribute < 0 || attribute >= attributeCount) {
          continue;
        }
        int refs = data.getInt(attributeRefs + 4 * attribute);
        int count = data.getInt(refs);
        for (int r = 0; r < count; r++) {
          int feature = features + FEATURE_SIZE * data.getInt(refs + 4 + 4 * r);
          if (data.getInt(feature) == STATE) {
            state[t][data.getInt(feature + 8)] += data.getDouble(feature + 12);
          }
        }
      }
    }
    return state;
  }

  private String key(int record) {
    int size = data.getInt(record + 4);
    return ascii(record + 8, Math.max(0, size - 1));
  }

  private boolean keyEquals(int record, byte[] key) {
    if (data.getInt(record + 4) != key.length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (data.get(record + 8 + i) != key[i]) {
        return false;
      }
    }
    return true;
  }

  private String ascii(int offset, int length) {
    byte[] bytes = new byte[length];
    data.get(offset, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Java's modified UTF-8 (what JNI's GetStringUTFChars gives the binding): NUL as two bytes, a
   * supplementary character as its two surrogates of three bytes each; and a terminating NUL.
   */
  static byte[] modifiedUtf8(String text) {
    int length = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    byte[] out = new byte[length];
    int p = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 1 && c < 0x80) {
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else {
        out[p++] = (byte) (0xE0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return out;
  }
}
