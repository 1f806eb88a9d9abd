/*
 * Vertiform launcher stub: the first bytes of a PSPF/2025 package.
 *
 * Terraform executes the package file directly. This program finds its own file, checks it, extracts its slots
 * once into $XDG_CACHE_HOME/vertiform/packages/<key>/ and then exec()s the command the signed metadata names.
 *
 *   strict (default)  verify a package file before its first use: index Adler-32, package size, signed flag,
 *                     SHA-256 of the compressed metadata, Ed25519 over the metadata, SHA-256 of this launcher
 *                     and of every slot against the signed metadata. The file's identity (device, inode, size,
 *                     mtime, ctime) is then recorded; later starts of the same unchanged file skip the hashing.
 *   always            verify the whole file on every start.
 *   none              VERTIFORM_VERIFICATION=none: no checks (explicit opt-out); separate cache directory.
 *
 * Any failure: a message on stderr and exit status 1. Nothing is ever written to stdout, which belongs to the
 * go-plugin handshake of the program we exec.
 *
 * Crypto comes from OpenSSL's libcrypto and inflate from zlib, both linked in at pack time.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <zlib.h>

#ifdef __APPLE__
#include <mach-o/dyld.h>
#define ST_MTIM(st) ((st).st_mtimespec)
#define ST_CTIM(st) ((st).st_ctimespec)
#else
#define ST_MTIM(st) ((st).st_mtim)
#define ST_CTIM(st) ((st).st_ctim)
#endif

#define INDEX_SIZE 8192
#define MAGIC_SIZE 4
#define TRAILER_SIZE (MAGIC_SIZE + INDEX_SIZE + MAGIC_SIZE)
#define DESCRIPTOR_SIZE 64
#define FORMAT_VERSION 0x20250001u
#define FLAG_SIGNED 0x2u
#define MAX_SLOTS 65535u
#define MAX_METADATA (1u << 20)
#define MAX_COMPRESSED_METADATA (16u << 20)
#define CHUNK (1u << 20)
#define MAX_ARGS 4096
#define MAX_VERIFIED 32
#define JSON_MAX_DEPTH 32
#define STATE_DIR ".vertiform"

enum policy { POLICY_STRICT, POLICY_ALWAYS, POLICY_NONE };

static const unsigned char START_MAGIC[MAGIC_SIZE] = {0xF0, 0x9F, 0x93, 0xA6};
static const unsigned char END_MAGIC[MAGIC_SIZE] = {0xF0, 0x9F, 0xAA, 0x84};

static char g_self[PATH_MAX];
static int g_debug;
static struct timespec g_start;

/* ------------------------------------------------------------------------------------------------ messages */

static void say(const char *prefix, const char *fmt, va_list ap) {
    char line[2048];
    int n = snprintf(line, sizeof line, "vertiform: %s", prefix);
    if (n < 0 || (size_t) n >= sizeof line) {
        n = 0;
    }
    vsnprintf(line + n, sizeof line - (size_t) n, fmt, ap);
    size_t len = strlen(line);
    if (len < sizeof line - 1) {
        line[len++] = '\n';
    }
    ssize_t ignored = write(2, line, len);
    (void) ignored;
}

static void fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    say("", fmt, ap);
    va_end(ap);
    exit(1);
}

/* A verification failure: the wording names the package and the way out, so a Terraform user can act on it. */
static void refuse(const char *fmt, ...) {
    char reason[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    fprintf(stderr, "vertiform: refusing to run %s: %s\n"
                    "vertiform: the package is damaged or was modified after it was signed; rebuild or re-download "
                    "it (VERTIFORM_VERIFICATION=none skips this check at your own risk)\n",
            g_self, reason);
    exit(1);
}

static void warn(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    say("warning: ", fmt, ap);
    va_end(ap);
}

static void debug(const char *fmt, ...) {
    if (!g_debug) {
        return;
    }
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long us = (long) ((now.tv_sec - g_start.tv_sec) * 1000000L + (now.tv_nsec - g_start.tv_nsec) / 1000L);
    char prefix[64];
    snprintf(prefix, sizeof prefix, "[%ld us] ", us);
    va_list ap;
    va_start(ap, fmt);
    say(prefix, fmt, ap);
    va_end(ap);
}

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fail("out of memory");
    }
    return p;
}

static void *xrealloc(void *old, size_t n) {
    void *p = realloc(old, n ? n : 1);
    if (!p) {
        fail("out of memory");
    }
    return p;
}

static char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = xmalloc(n);
    memcpy(p, s, n);
    return p;
}

/* snprintf into a PATH_MAX buffer that fails instead of silently truncating a path. */
static void pathf(char *out, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, PATH_MAX, fmt, ap);
    va_end(ap);
    if (n < 0 || n >= PATH_MAX) {
        fail("path too long");
    }
}

static char *join(const char *a, const char *b, const char *c) {
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *p = xmalloc(la + lb + lc + 1);
    memcpy(p, a, la);
    memcpy(p + la, b, lb);
    memcpy(p + la + lb, c, lc + 1);
    return p;
}

/* ---------------------------------------------------------------------------------------------- file access */

static uint32_t le32(const unsigned char *p) {
    return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
}

static uint64_t le64(const unsigned char *p) {
    return (uint64_t) le32(p) | (uint64_t) le32(p + 4) << 32;
}

static int read_at(int fd, void *buf, size_t len, uint64_t offset) {
    unsigned char *b = buf;
    while (len > 0) {
        ssize_t n = pread(fd, b, len, (off_t) offset);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        b += n;
        len -= (size_t) n;
        offset += (uint64_t) n;
    }
    return 0;
}

static int write_all(int fd, const void *buf, size_t len) {
    const unsigned char *b = buf;
    while (len > 0) {
        ssize_t n = write(fd, b, len);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        b += n;
        len -= (size_t) n;
    }
    return 0;
}

/* Reads a whole small file; NULL when absent or unreadable. */
static char *slurp(const char *path, size_t *len_out) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (16 << 20)) {
        close(fd);
        return NULL;
    }
    size_t len = (size_t) st.st_size;
    char *buf = xmalloc(len + 1);
    if (read_at(fd, buf, len, 0) != 0) {
        close(fd);
        free(buf);
        return NULL;
    }
    close(fd);
    buf[len] = 0;
    if (len_out) {
        *len_out = len;
    }
    return buf;
}

/* ------------------------------------------------------------------------------------------------- hashing */

static void hex(const unsigned char *in, size_t n, char *out) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
    out[2 * n] = 0;
}

static void sha256_buffer(const void *data, size_t len, unsigned char out[32]) {
    unsigned int n = 0;
    if (EVP_Digest(data, len, out, &n, EVP_sha256(), NULL) != 1 || n != 32) {
        fail("SHA-256 is unavailable");
    }
}

static int sha256_region(int fd, uint64_t offset, uint64_t len, unsigned char out[32]) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned char *buf = xmalloc(CHUNK);
    int rc = -1;
    if (ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1) {
        rc = 0;
        while (len > 0 && rc == 0) {
            size_t n = len < CHUNK ? (size_t) len : CHUNK;
            if (read_at(fd, buf, n, offset) != 0 || EVP_DigestUpdate(ctx, buf, n) != 1) {
                rc = -1;
            }
            offset += n;
            len -= n;
        }
        unsigned int outlen = 0;
        if (rc == 0 && (EVP_DigestFinal_ex(ctx, out, &outlen) != 1 || outlen != 32)) {
            rc = -1;
        }
    }
    EVP_MD_CTX_free(ctx);
    free(buf);
    return rc;
}

static int ed25519_verify(const unsigned char *pub, const unsigned char *msg, size_t len, const unsigned char *sig) {
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pub, 32);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int ok = key && ctx && EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, key) == 1
             && EVP_DigestVerify(ctx, sig, 64, msg, len) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

/* --------------------------------------------------------------------------------------------------- index */

struct index {
    unsigned char raw[INDEX_SIZE];
    uint32_t format_version, checksum, slot_count, flags;
    uint64_t package_size, launcher_size, metadata_offset, metadata_size, slot_table_offset, slot_table_size;
};

struct slot {
    uint64_t id, offset, size, original_size, operations, checksum;
};

static int inside(uint64_t offset, uint64_t len, uint64_t limit) {
    return offset <= limit && len <= limit - offset;
}

/* Structure only (magics, regions inside the file): safe on any input, checksums come later. */
static void read_index(int fd, uint64_t file_size, struct index *idx) {
    unsigned char magic[MAGIC_SIZE];
    if (file_size < TRAILER_SIZE) {
        refuse("the file has no PSPF trailer");
    }
    uint64_t trailer = file_size - TRAILER_SIZE;
    if (read_at(fd, magic, MAGIC_SIZE, trailer) != 0 || memcmp(magic, START_MAGIC, MAGIC_SIZE) != 0
        || read_at(fd, idx->raw, INDEX_SIZE, trailer + MAGIC_SIZE) != 0
        || read_at(fd, magic, MAGIC_SIZE, file_size - MAGIC_SIZE) != 0 || memcmp(magic, END_MAGIC, MAGIC_SIZE) != 0) {
        refuse("PSPF trailer magic not found");
    }
    const unsigned char *r = idx->raw;
    idx->format_version = le32(r);
    idx->checksum = le32(r + 4);
    idx->package_size = le64(r + 8);
    idx->launcher_size = le64(r + 16);
    idx->metadata_offset = le64(r + 24);
    idx->metadata_size = le64(r + 32);
    idx->slot_table_offset = le64(r + 40);
    idx->slot_table_size = le64(r + 48);
    idx->slot_count = le32(r + 56);
    idx->flags = le32(r + 60);
    if (idx->format_version != FORMAT_VERSION) {
        refuse("unsupported format version 0x%08x", idx->format_version);
    }
    if (!inside(0, idx->launcher_size, trailer) || !inside(idx->metadata_offset, idx->metadata_size, trailer)
        || idx->metadata_size > MAX_COMPRESSED_METADATA || idx->slot_count > MAX_SLOTS
        || idx->slot_table_size != (uint64_t) idx->slot_count * DESCRIPTOR_SIZE
        || !inside(idx->slot_table_offset, idx->slot_table_size, trailer)) {
        refuse("index points outside the file");
    }
}

static uint32_t index_adler(const struct index *idx) {
    static const unsigned char zero[4] = {0, 0, 0, 0};
    uLong a = adler32(0L, Z_NULL, 0);
    a = adler32(a, idx->raw, 4);
    a = adler32(a, zero, 4);
    a = adler32(a, idx->raw + 8, INDEX_SIZE - 8);
    return (uint32_t) a;
}

static struct slot *read_slots(int fd, const struct index *idx, uint64_t file_size) {
    struct slot *slots = xmalloc(sizeof(struct slot) * (idx->slot_count ? idx->slot_count : 1));
    unsigned char *table = xmalloc((size_t) idx->slot_table_size);
    if (read_at(fd, table, (size_t) idx->slot_table_size, idx->slot_table_offset) != 0) {
        refuse("cannot read the slot table");
    }
    for (uint32_t i = 0; i < idx->slot_count; i++) {
        const unsigned char *d = table + (size_t) i * DESCRIPTOR_SIZE;
        slots[i].id = le64(d);
        slots[i].offset = le64(d + 16);
        slots[i].size = le64(d + 24);
        slots[i].original_size = le64(d + 32);
        slots[i].operations = le64(d + 40);
        slots[i].checksum = le64(d + 48);
        if (!inside(slots[i].offset, slots[i].size, file_size - TRAILER_SIZE)) {
            refuse("slot %u lies outside the file", i);
        }
    }
    free(table);
    return slots;
}

/* gunzip of the metadata, capped at 1 MiB like the Rust launcher. */
static char *inflate_metadata(const unsigned char *gz, size_t gz_len, size_t *out_len) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        fail("zlib initialisation failed");
    }
    char *out = xmalloc(MAX_METADATA + 1);
    z.next_in = (Bytef *) gz;
    z.avail_in = (uInt) gz_len;
    z.next_out = (Bytef *) out;
    z.avail_out = MAX_METADATA + 1;
    int rc = inflate(&z, Z_FINISH);
    size_t produced = (size_t) z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced > MAX_METADATA) {
        refuse("metadata is not valid gzip of at most 1 MiB");
    }
    out[produced] = 0;
    *out_len = produced;
    return out;
}

/* ---------------------------------------------------------------------------------------------------- JSON */
/*
 * A strict JSON reader that flattens a document into (path, value) pairs: {"a":{"b":[1,"x"]}} gives a.b.0=1 and
 * a.b.1="x". Keys may only use [A-Za-z0-9_-], so a path names one value; duplicate paths are an error.
 */

enum jtype { J_STRING, J_NUMBER, J_BOOL, J_NULL };

struct jitem {
    char *path;
    char *value;
    enum jtype type;
};

struct json {
    struct jitem *items;
    size_t n, cap;
    const char *p, *end;
    const char *error;
};

static void jskip(struct json *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) {
        j->p++;
    }
}

static void jadd(struct json *j, const char *path, char *value, enum jtype type) {
    for (size_t i = 0; i < j->n; i++) {
        if (strcmp(j->items[i].path, path) == 0) {
            j->error = "duplicate key";
            free(value);
            return;
        }
    }
    if (j->n == j->cap) {
        j->cap = j->cap ? j->cap * 2 : 64;
        j->items = xrealloc(j->items, j->cap * sizeof *j->items);
    }
    j->items[j->n].path = xstrdup(path);
    j->items[j->n].value = value;
    j->items[j->n].type = type;
    j->n++;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int jhex4(struct json *j, unsigned *out) {
    if (j->end - j->p < 4) {
        return -1;
    }
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(j->p[i]);
        if (h < 0) {
            return -1;
        }
        v = v << 4 | (unsigned) h;
    }
    j->p += 4;
    *out = v;
    return 0;
}

static char *jstring(struct json *j) {
    if (j->p >= j->end || *j->p != '"') {
        j->error = "string expected";
        return NULL;
    }
    j->p++;
    size_t cap = 64, n = 0;
    char *s = xmalloc(cap);
    for (;;) {
        if (j->p >= j->end) {
            j->error = "unterminated string";
            free(s);
            return NULL;
        }
        unsigned char c = (unsigned char) *j->p++;
        unsigned cp;
        char enc[4];
        size_t enc_len = 0;
        if (c == '"') {
            break;
        }
        if (c < 0x20) {
            j->error = "control character in string";
            free(s);
            return NULL;
        }
        if (c != '\\') {
            enc[0] = (char) c;
            enc_len = 1;
        } else {
            if (j->p >= j->end) {
                j->error = "unterminated escape";
                free(s);
                return NULL;
            }
            char e = *j->p++;
            switch (e) {
                case '"': enc[0] = '"'; enc_len = 1; break;
                case '\\': enc[0] = '\\'; enc_len = 1; break;
                case '/': enc[0] = '/'; enc_len = 1; break;
                case 'b': enc[0] = '\b'; enc_len = 1; break;
                case 'f': enc[0] = '\f'; enc_len = 1; break;
                case 'n': enc[0] = '\n'; enc_len = 1; break;
                case 'r': enc[0] = '\r'; enc_len = 1; break;
                case 't': enc[0] = '\t'; enc_len = 1; break;
                case 'u':
                    if (jhex4(j, &cp) != 0) {
                        j->error = "bad \\u escape";
                        free(s);
                        return NULL;
                    }
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        unsigned lo;
                        if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u') {
                            j->error = "lone surrogate";
                            free(s);
                            return NULL;
                        }
                        j->p += 2;
                        if (jhex4(j, &lo) != 0 || lo < 0xDC00 || lo > 0xDFFF) {
                            j->error = "lone surrogate";
                            free(s);
                            return NULL;
                        }
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        j->error = "lone surrogate";
                        free(s);
                        return NULL;
                    }
                    if (cp == 0) {
                        j->error = "NUL in string";
                        free(s);
                        return NULL;
                    }
                    if (cp < 0x80) {
                        enc[0] = (char) cp;
                        enc_len = 1;
                    } else if (cp < 0x800) {
                        enc[0] = (char) (0xC0 | cp >> 6);
                        enc[1] = (char) (0x80 | (cp & 0x3F));
                        enc_len = 2;
                    } else if (cp < 0x10000) {
                        enc[0] = (char) (0xE0 | cp >> 12);
                        enc[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
                        enc[2] = (char) (0x80 | (cp & 0x3F));
                        enc_len = 3;
                    } else {
                        enc[0] = (char) (0xF0 | cp >> 18);
                        enc[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
                        enc[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
                        enc[3] = (char) (0x80 | (cp & 0x3F));
                        enc_len = 4;
                    }
                    break;
                default:
                    j->error = "bad escape";
                    free(s);
                    return NULL;
            }
        }
        if (n + enc_len + 1 > cap) {
            cap *= 2;
            s = xrealloc(s, cap);
        }
        memcpy(s + n, enc, enc_len);
        n += enc_len;
    }
    s[n] = 0;
    return s;
}

static void jvalue(struct json *j, char *path, size_t path_len, int depth);

static int jkey_ok(const char *k) {
    if (!*k) {
        return 0;
    }
    for (; *k; k++) {
        char c = *k;
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            return 0;
        }
    }
    return 1;
}

/* Appends ".segment" (or "segment" at the root) to the path buffer; 0 when it does not fit. */
static size_t jpush(char *path, size_t len, const char *segment) {
    size_t seg = strlen(segment);
    size_t need = len + (len ? 1 : 0) + seg;
    if (need >= 512) {
        return 0;
    }
    if (len) {
        path[len++] = '.';
    }
    memcpy(path + len, segment, seg + 1);
    return need;
}

static void jcontainer(struct json *j, char *path, size_t path_len, int depth, int object) {
    j->p++;
    jskip(j);
    char close = object ? '}' : ']';
    if (j->p < j->end && *j->p == close) {
        j->p++;
        return;
    }
    for (unsigned long i = 0; !j->error; i++) {
        char segment[64];
        char *key = NULL;
        jskip(j);
        if (object) {
            key = jstring(j);
            if (!key) {
                return;
            }
            if (!jkey_ok(key) || strlen(key) >= sizeof segment) {
                j->error = "unsupported key";
                free(key);
                return;
            }
            snprintf(segment, sizeof segment, "%s", key);
            free(key);
            jskip(j);
            if (j->p >= j->end || *j->p != ':') {
                j->error = "':' expected";
                return;
            }
            j->p++;
        } else {
            snprintf(segment, sizeof segment, "%lu", i);
        }
        size_t child = jpush(path, path_len, segment);
        if (!child) {
            j->error = "path too long";
            return;
        }
        jvalue(j, path, child, depth + 1);
        path[path_len] = 0;
        if (j->error) {
            return;
        }
        jskip(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == close) {
            j->p++;
            return;
        }
        j->error = "',' or end of container expected";
    }
}

static void jvalue(struct json *j, char *path, size_t path_len, int depth) {
    if (depth > JSON_MAX_DEPTH) {
        j->error = "nesting too deep";
        return;
    }
    jskip(j);
    if (j->p >= j->end) {
        j->error = "value expected";
        return;
    }
    char c = *j->p;
    if (c == '{' || c == '[') {
        jcontainer(j, path, path_len, depth, c == '{');
    } else if (c == '"') {
        char *s = jstring(j);
        if (s) {
            jadd(j, path, s, J_STRING);
        }
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        const char *start = j->p;
        if (*j->p == '-') j->p++;
        if (j->p < j->end && *j->p == '0') {
            j->p++;
        } else if (j->p < j->end && *j->p >= '1' && *j->p <= '9') {
            while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
        } else {
            j->error = "bad number";
            return;
        }
        if (j->p < j->end && *j->p == '.') {
            j->p++;
            if (j->p >= j->end || *j->p < '0' || *j->p > '9') { j->error = "bad number"; return; }
            while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
        }
        if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
            j->p++;
            if (j->p < j->end && (*j->p == '+' || *j->p == '-')) j->p++;
            if (j->p >= j->end || *j->p < '0' || *j->p > '9') { j->error = "bad number"; return; }
            while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
        }
        size_t n = (size_t) (j->p - start);
        char *v = xmalloc(n + 1);
        memcpy(v, start, n);
        v[n] = 0;
        jadd(j, path, v, J_NUMBER);
    } else if (j->end - j->p >= 4 && memcmp(j->p, "true", 4) == 0) {
        j->p += 4;
        jadd(j, path, xstrdup("true"), J_BOOL);
    } else if (j->end - j->p >= 5 && memcmp(j->p, "false", 5) == 0) {
        j->p += 5;
        jadd(j, path, xstrdup("false"), J_BOOL);
    } else if (j->end - j->p >= 4 && memcmp(j->p, "null", 4) == 0) {
        j->p += 4;
        jadd(j, path, xstrdup("null"), J_NULL);
    } else {
        j->error = "unexpected character";
    }
}

static void json_parse(struct json *j, const char *text, size_t len) {
    char path[512];
    path[0] = 0;
    memset(j, 0, sizeof *j);
    j->p = text;
    j->end = text + len;
    jvalue(j, path, 0, 0);
    if (!j->error) {
        jskip(j);
        if (j->p != j->end) {
            j->error = "trailing bytes after the document";
        }
    }
}

static const struct jitem *jfind(const struct json *j, const char *fmt, va_list ap) {
    char path[512];
    vsnprintf(path, sizeof path, fmt, ap);
    for (size_t i = 0; i < j->n; i++) {
        if (strcmp(j->items[i].path, path) == 0) {
            return &j->items[i];
        }
    }
    return NULL;
}

/* The string at a path, or NULL when absent or not a string. */
static const char *jstr(const struct json *j, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    const struct jitem *it = jfind(j, fmt, ap);
    va_end(ap);
    return it && it->type == J_STRING ? it->value : NULL;
}

/* A non-negative integer at a path; -1 when absent or not a plain integer. */
static int ju64(const struct json *j, uint64_t *out, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    const struct jitem *it = jfind(j, fmt, ap);
    va_end(ap);
    if (!it || it->type != J_NUMBER) {
        return -1;
    }
    uint64_t v = 0;
    for (const char *c = it->value; *c; c++) {
        if (*c < '0' || *c > '9' || v > (UINT64_MAX - 9) / 10) {
            return -1;
        }
        v = v * 10 + (uint64_t) (*c - '0');
    }
    *out = v;
    return 0;
}

/* ------------------------------------------------------------------------------------------ verification */

static uint64_t operations_of(const char *label) {
    if (!label) return UINT64_MAX;
    if (strcmp(label, "raw") == 0) return 0;
    if (strcmp(label, "tar") == 0) return 0x01;
    if (strcmp(label, "gzip") == 0) return 0x10;
    if (strcmp(label, "tar.gz") == 0) return 0x1001;
    return UINT64_MAX;
}

struct package {
    int fd;
    struct stat st;
    struct index idx;
    struct slot *slots;
    char *json_text;
    size_t json_len;
    struct json meta;
};

static void load_metadata(struct package *pkg, int check) {
    size_t gz_len = (size_t) pkg->idx.metadata_size;
    unsigned char *gz = xmalloc(gz_len);
    if (read_at(pkg->fd, gz, gz_len, pkg->idx.metadata_offset) != 0) {
        refuse("cannot read the metadata");
    }
    if (check) {
        unsigned char digest[32];
        sha256_buffer(gz, gz_len, digest);
        if (memcmp(digest, pkg->idx.raw + 96, 32) != 0) {
            refuse("metadata checksum mismatch");
        }
    }
    pkg->json_text = inflate_metadata(gz, gz_len, &pkg->json_len);
    free(gz);
    if (check && !ed25519_verify(pkg->idx.raw + 64, (const unsigned char *) pkg->json_text, pkg->json_len,
                                 pkg->idx.raw + 128)) {
        refuse("metadata signature is invalid");
    }
    json_parse(&pkg->meta, pkg->json_text, pkg->json_len);
    if (pkg->meta.error) {
        refuse("metadata is not valid JSON (%s)", pkg->meta.error);
    }
    const char *format = jstr(&pkg->meta, "format");
    if (!format || strcmp(format, "PSPF/2025") != 0) {
        refuse("metadata format is not PSPF/2025");
    }
}

/* Everything the Java verifier checks, in the same order; any failure ends the process. */
static void verify_package(struct package *pkg) {
    struct index *idx = &pkg->idx;
    if (index_adler(idx) != idx->checksum) {
        refuse("index checksum mismatch");
    }
    if (idx->package_size != (uint64_t) pkg->st.st_size) {
        refuse("package size in the index differs from the file size");
    }
    if (!(idx->flags & FLAG_SIGNED)) {
        refuse("package is not signed");
    }
    for (int i = 128 + 64; i < 128 + 512; i++) {
        if (idx->raw[i] != 0) {
            refuse("signature field holds bytes after the Ed25519 signature");
        }
    }
    load_metadata(pkg, 1);
    debug("metadata signature verified");

    uint64_t launcher_size;
    const char *launcher_sum = jstr(&pkg->meta, "launcher.checksum");
    if (ju64(&pkg->meta, &launcher_size, "launcher.size") != 0 || launcher_size != idx->launcher_size
        || !launcher_sum) {
        refuse("launcher size differs from the signed metadata");
    }
    unsigned char digest[32];
    char digest_hex[65], expect[72];
    if (sha256_region(pkg->fd, 0, idx->launcher_size, digest) != 0) {
        refuse("cannot read the launcher");
    }
    hex(digest, 32, digest_hex);
    snprintf(expect, sizeof expect, "sha256:%s", digest_hex);
    if (strcmp(expect, launcher_sum) != 0) {
        refuse("launcher checksum mismatch");
    }

    uint64_t tmp;
    if (ju64(&pkg->meta, &tmp, "slots.%u.id", idx->slot_count) == 0) {
        refuse("metadata lists more slots than the slot table");
    }
    for (uint32_t i = 0; i < idx->slot_count; i++) {
        struct slot *s = &pkg->slots[i];
        uint64_t id, size, original;
        const char *sha = jstr(&pkg->meta, "slots.%u.sha256", i);
        const char *sum = jstr(&pkg->meta, "slots.%u.checksum", i);
        char sum16[17];
        snprintf(sum16, sizeof sum16, "%016llx", (unsigned long long) s->checksum);
        if (ju64(&pkg->meta, &id, "slots.%u.id", i) != 0 || id != i || s->id != i
            || ju64(&pkg->meta, &size, "slots.%u.size", i) != 0 || size != s->size
            || ju64(&pkg->meta, &original, "slots.%u.original_size", i) != 0 || original != s->original_size
            || operations_of(jstr(&pkg->meta, "slots.%u.operations", i)) != s->operations
            || !sha || !sum || strcmp(sum, sum16) != 0) {
            refuse("slot %u: descriptor differs from the signed metadata", i);
        }
        if (sha256_region(pkg->fd, s->offset, s->size, digest) != 0) {
            refuse("slot %u: cannot read", i);
        }
        hex(digest, 32, digest_hex);
        if (strcmp(digest_hex, sha) != 0 || le64(digest) != s->checksum) {
            refuse("slot %u: checksum mismatch", i);
        }
    }
    debug("launcher and %u slots verified", idx->slot_count);
}

/* --------------------------------------------------------------------------------------------- extraction */

struct manifest_entry {
    char *path;
    uint64_t size;
    long long mtime;
};

struct manifest {
    struct manifest_entry *items;
    size_t n, cap;
};

static void manifest_add(struct manifest *m, const char *path, uint64_t size, long long mtime) {
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 128;
        m->items = xrealloc(m->items, m->cap * sizeof *m->items);
    }
    m->items[m->n].path = xstrdup(path);
    m->items[m->n].size = size;
    m->items[m->n].mtime = mtime;
    m->n++;
}

/* Same rule as the Java SafePaths: relative, no '.', '..' or empty components, a small ASCII alphabet. */
static int safe_path(const char *p) {
    if (!*p || *p == '/') {
        return 0;
    }
    const char *seg = p;
    for (const char *c = p;; c++) {
        if (*c == '/' || *c == 0) {
            size_t len = (size_t) (c - seg);
            if (len == 0 || (len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.')) {
                return 0;
            }
            if (*c == 0) {
                return 1;
            }
            seg = c + 1;
            continue;
        }
        char ch = *c;
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.'
              || ch == '_' || ch == '-' || ch == '+' || ch == '@' || ch == '=' || ch == ',' || ch == '~')) {
            return 0;
        }
    }
}

/* mkdir -p of root/rel, each new directory 0700. */
static int make_dirs(const char *root, const char *rel) {
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/%s", root, rel) >= (int) sizeof path) {
        return -1;
    }
    for (char *c = path + strlen(root) + 1;; c++) {
        if (*c == '/' || *c == 0) {
            char saved = *c;
            *c = 0;
            if (mkdir(path, 0700) != 0 && errno != EEXIST) {
                return -1;
            }
            *c = saved;
            if (saved == 0) {
                return 0;
            }
        }
    }
}

static long long tar_number(const unsigned char *h, int offset, int len, int *ok) {
    long long v = 0;
    int i = offset, end = offset + len;
    while (i < end && (h[i] == ' ' || h[i] == 0)) i++;
    for (; i < end && h[i] >= '0' && h[i] <= '7'; i++) {
        if (v > (LLONG_MAX >> 3)) {
            *ok = 0;
            return 0;
        }
        v = (v << 3) + (h[i] - '0');
    }
    for (; i < end; i++) {
        if (h[i] != ' ' && h[i] != 0) {
            *ok = 0;
        }
    }
    return v;
}

/* A streaming ustar reader: regular files and directories only, like the Java TarReader. */
struct tarx {
    const char *root;      /* absolute directory of this slot */
    const char *rel_base;  /* slot directory relative to the work environment ("" for its root) */
    struct manifest *mf;
    unsigned char hdr[512];
    size_t hdr_fill;
    uint64_t file_left, pad_left, file_size;
    long long mtime;
    int out_fd, ended;
    char rel[PATH_MAX];
    char abs[PATH_MAX];
    const char *error;
};

static void tar_finish_file(struct tarx *t) {
    struct timespec times[2];
    times[0].tv_sec = t->mtime;
    times[0].tv_nsec = 0;
    times[1] = times[0];
    if (futimens(t->out_fd, times) != 0 || close(t->out_fd) != 0) {
        t->error = "cannot finish an extracted file";
    }
    t->out_fd = -1;
    char entry[PATH_MAX];
    pathf(entry, "%s%s%s", t->rel_base, *t->rel_base ? "/" : "", t->rel);
    manifest_add(t->mf, entry, t->file_size, t->mtime);
}

static void tar_header(struct tarx *t) {
    const unsigned char *h = t->hdr;
    int zero = 1;
    for (int i = 0; i < 512; i++) {
        if (h[i]) {
            zero = 0;
            break;
        }
    }
    if (zero) {
        t->ended = 1;
        return;
    }
    int ok = 1;
    long long stored = tar_number(h, 148, 8, &ok);
    long long sum = 0;
    for (int i = 0; i < 512; i++) {
        sum += (i >= 148 && i < 156) ? ' ' : h[i];
    }
    if (!ok || stored != sum) {
        t->error = "tar header checksum mismatch";
        return;
    }
    char name[101], prefix[156];
    memcpy(name, h, 100);
    name[100] = 0;
    memcpy(prefix, h + 345, 155);
    prefix[155] = 0;
    if (snprintf(t->rel, sizeof t->rel, "%s%s%s", prefix, *prefix ? "/" : "", name) >= (int) sizeof t->rel) {
        t->error = "tar path too long";
        return;
    }
    size_t len = strlen(t->rel);
    if (len && t->rel[len - 1] == '/') {
        t->rel[len - 1] = 0;
    }
    if (!safe_path(t->rel)) {
        t->error = "unsafe path in slot";
        return;
    }
    char type = (char) h[156];
    long long mode = tar_number(h, 100, 8, &ok);
    long long size = tar_number(h, 124, 12, &ok);
    t->mtime = tar_number(h, 136, 12, &ok);
    if (!ok || size < 0) {
        t->error = "bad number in tar header";
        return;
    }
    if (type == '5') {
        if (make_dirs(t->root, t->rel) != 0) {
            t->error = "cannot create a directory";
        }
        return;
    }
    if (type != '0' && type != 0) {
        t->error = "unsupported tar entry type";
        return;
    }
    char *slash = strrchr(t->rel, '/');
    if (slash) {
        *slash = 0;
        int rc = make_dirs(t->root, t->rel);
        *slash = '/';
        if (rc != 0) {
            t->error = "cannot create a directory";
            return;
        }
    }
    pathf(t->abs, "%s/%s", t->root, t->rel);
    t->out_fd = open(t->abs, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, (mode & 0111) ? 0700 : 0600);
    if (t->out_fd < 0) {
        t->error = "cannot create an extracted file";
        return;
    }
    t->file_size = (uint64_t) size;
    t->file_left = (uint64_t) size;
    t->pad_left = (512 - (uint64_t) size % 512) % 512;
    if (size == 0) {
        tar_finish_file(t);
    }
}

static void tar_feed(struct tarx *t, const unsigned char *buf, size_t len) {
    while (len > 0 && !t->error && !t->ended) {
        if (t->file_left > 0) {
            size_t n = len < t->file_left ? len : (size_t) t->file_left;
            if (write_all(t->out_fd, buf, n) != 0) {
                t->error = "cannot write an extracted file";
                return;
            }
            buf += n;
            len -= n;
            t->file_left -= n;
            if (t->file_left == 0) {
                tar_finish_file(t);
            }
        } else if (t->pad_left > 0) {
            size_t n = len < t->pad_left ? len : (size_t) t->pad_left;
            buf += n;
            len -= n;
            t->pad_left -= n;
        } else {
            size_t n = 512 - t->hdr_fill;
            if (n > len) n = len;
            memcpy(t->hdr + t->hdr_fill, buf, n);
            t->hdr_fill += n;
            buf += n;
            len -= n;
            if (t->hdr_fill == 512) {
                t->hdr_fill = 0;
                tar_header(t);
            }
        }
    }
}

static void extract_slot(const struct package *pkg, uint32_t i, const char *workenv, struct manifest *mf) {
    const struct slot *s = &pkg->slots[i];
    const char *target = jstr(&pkg->meta, "slots.%u.target", i);
    const char *rel = NULL;
    if (target && strcmp(target, "{workenv}") == 0) {
        rel = "";
    } else if (target && strncmp(target, "{workenv}/", 10) == 0 && safe_path(target + 10)) {
        rel = target + 10;
    } else {
        fail("slot %u has an unsupported target", i);
    }
    char root[PATH_MAX];
    pathf(root, "%s%s%s", workenv, *rel ? "/" : "", rel);
    if (*rel && make_dirs(workenv, rel) != 0) {
        fail("cannot create %s: %s", root, strerror(errno));
    }
    struct tarx t;
    memset(&t, 0, sizeof t);
    t.root = root;
    t.rel_base = rel;
    t.mf = mf;
    t.out_fd = -1;

    int gz = s->operations == 0x1001;
    if (s->operations != 0x01 && !gz) {
        fail("slot %u: only tar and tar.gz slots can be extracted", i);
    }
    unsigned char *in = xmalloc(CHUNK);
    unsigned char *out = gz ? xmalloc(CHUNK) : NULL;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (gz && inflateInit2(&z, 15 + 16) != Z_OK) {
        fail("zlib initialisation failed");
    }
    uint64_t offset = s->offset, left = s->size;
    int done = 0;
    while (left > 0 && !t.error && !done) {
        size_t n = left < CHUNK ? (size_t) left : CHUNK;
        if (read_at(pkg->fd, in, n, offset) != 0) {
            fail("slot %u: cannot read", i);
        }
        offset += n;
        left -= n;
        if (!gz) {
            tar_feed(&t, in, n);
            continue;
        }
        z.next_in = in;
        z.avail_in = (uInt) n;
        while (z.avail_in > 0 && !t.error && !done) {
            z.next_out = out;
            z.avail_out = CHUNK;
            int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                fail("slot %u: corrupt gzip data", i);
            }
            tar_feed(&t, out, CHUNK - z.avail_out);
            done = rc == Z_STREAM_END;
        }
    }
    if (gz) {
        inflateEnd(&z);
    }
    free(in);
    free(out);
    if (t.error) {
        fail("slot %u: %s", i, t.error);
    }
    if (!t.ended || t.file_left > 0 || (gz && !done)) {
        fail("slot %u: truncated archive", i);
    }
}

/* ------------------------------------------------------------------------------------------ cache state */

static void index_digest_hex(const struct index *idx, char out[65]) {
    unsigned char d[32];
    sha256_buffer(idx->raw, INDEX_SIZE, d);
    hex(d, 32, out);
}

static void write_file_atomically(const char *path, const char *content, size_t len) {
    char tmp[PATH_MAX];
    pathf(tmp, "%s.tmp.%ld", path, (long) getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || write_all(fd, content, len) != 0 || close(fd) != 0 || rename(tmp, path) != 0) {
        unlink(tmp);
        fail("cannot write %s: %s", path, strerror(errno));
    }
}

static void write_manifest(const char *workenv, const struct index *idx, const struct manifest *mf) {
    size_t cap = 256 + mf->n * (PATH_MAX / 8), len = 0;
    char *buf = xmalloc(cap);
    char digest[65];
    index_digest_hex(idx, digest);
    len += (size_t) snprintf(buf + len, cap - len, "vertiform-stub-manifest 1\nindex %s\n", digest);
    for (size_t i = 0; i < mf->n; i++) {
        size_t need = strlen(mf->items[i].path) + 64;
        if (len + need >= cap) {
            cap = cap * 2 + need;
            buf = xrealloc(buf, cap);
        }
        len += (size_t) snprintf(buf + len, cap - len, "file %llu %lld %s\n",
                                 (unsigned long long) mf->items[i].size, mf->items[i].mtime, mf->items[i].path);
    }
    if (len + 8 >= cap) {
        buf = xrealloc(buf, cap + 8);
    }
    len += (size_t) snprintf(buf + len, 8, "end\n");
    char path[PATH_MAX];
    pathf(path, "%s/" STATE_DIR "/manifest", workenv);
    write_file_atomically(path, buf, len);
    free(buf);
}

/*
 * True when the work environment holds a complete extraction of this exact index: the manifest names it and every
 * extracted file still has its size and mtime (a cache cleaner or a crash half-way cannot leave us exec'ing a
 * broken tree). Content is not rehashed here; see the module README for why that is the accepted trade-off.
 */
static int cache_complete(const char *workenv, const struct index *idx) {
    char path[PATH_MAX];
    pathf(path, "%s/" STATE_DIR "/manifest", workenv);
    char *text = slurp(path, NULL);
    if (!text) {
        return 0;
    }
    char digest[65], expect[128];
    index_digest_hex(idx, digest);
    snprintf(expect, sizeof expect, "vertiform-stub-manifest 1\nindex %s\n", digest);
    int ok = strncmp(text, expect, strlen(expect)) == 0;
    int ended = 0;
    char *line = text + (ok ? strlen(expect) : 0);
    while (ok && *line) {
        char *nl = strchr(line, '\n');
        if (!nl) {
            ok = 0;
            break;
        }
        *nl = 0;
        if (strcmp(line, "end") == 0) {
            ended = 1;
            break;
        }
        unsigned long long size;
        long long mtime;
        int consumed = 0;
        if (sscanf(line, "file %llu %lld %n", &size, &mtime, &consumed) != 2 || consumed == 0) {
            ok = 0;
            break;
        }
        const char *rel = line + consumed;
        char file[PATH_MAX];
        struct stat st;
        pathf(file, "%s/%s", workenv, rel);
        if (!safe_path(rel) || lstat(file, &st) != 0 || !S_ISREG(st.st_mode) || (unsigned long long) st.st_size != size
            || (long long) ST_MTIM(st).tv_sec != mtime) {
            ok = 0;
            break;
        }
        line = nl + 1;
    }
    free(text);
    return ok && ended;
}

static void identity_line(const struct stat *st, char *out, size_t cap) {
    snprintf(out, cap, "v1 %llu %llu %lld %lld %ld %lld %ld", (unsigned long long) st->st_dev,
             (unsigned long long) st->st_ino, (long long) st->st_size, (long long) ST_MTIM(*st).tv_sec,
             (long) ST_MTIM(*st).tv_nsec, (long long) ST_CTIM(*st).tv_sec, (long) ST_CTIM(*st).tv_nsec);
}

/* Whether this very file (same inode, size, mtime and ctime: any write or chmod changes ctime) passed before. */
static int identity_verified(const char *workenv, const struct stat *st) {
    char path[PATH_MAX], mine[256];
    pathf(path, "%s/" STATE_DIR "/verified", workenv);
    char *text = slurp(path, NULL);
    if (!text) {
        return 0;
    }
    identity_line(st, mine, sizeof mine);
    int found = 0;
    for (char *line = strtok(text, "\n"); line && !found; line = strtok(NULL, "\n")) {
        found = strcmp(line, mine) == 0;
    }
    free(text);
    return found;
}

static void record_identity(const char *workenv, const struct stat *st) {
    char path[PATH_MAX], mine[256];
    pathf(path, "%s/" STATE_DIR "/verified", workenv);
    identity_line(st, mine, sizeof mine);
    char *old = slurp(path, NULL);
    char *lines[MAX_VERIFIED];
    int n = 0;
    if (old) {
        for (char *line = strtok(old, "\n"); line; line = strtok(NULL, "\n")) {
            if (strcmp(line, mine) == 0) {
                continue;
            }
            if (n == MAX_VERIFIED - 1) {
                memmove(lines, lines + 1, sizeof(char *) * (MAX_VERIFIED - 2));
                n--;
            }
            lines[n++] = line;
        }
    }
    size_t cap = strlen(mine) + 2, len = 0;
    for (int i = 0; i < n; i++) cap += strlen(lines[i]) + 1;
    char *buf = xmalloc(cap + 1);
    for (int i = 0; i < n; i++) len += (size_t) sprintf(buf + len, "%s\n", lines[i]);
    len += (size_t) sprintf(buf + len, "%s\n", mine);
    write_file_atomically(path, buf, len);
    free(buf);
    free(old);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void) st;
    (void) ftw;
    return (flag == FTW_DP ? rmdir(path) : unlink(path)) == 0 || errno == ENOENT ? 0 : -1;
}

static void remove_tree(const char *path) {
    nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Leftovers of extractions that died half-way; safe to remove because we hold the lock. */
static void remove_stale(const char *root, const char *key) {
    DIR *dir = opendir(root);
    if (!dir) {
        return;
    }
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s.tmp.", key);
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) {
            char *path = join(root, "/", e->d_name);
            remove_tree(path);
            free(path);
        }
    }
    closedir(dir);
}

static void make_root(char *path) {
    for (char *c = path + 1;; c++) {
        if (*c == '/' || *c == 0) {
            char saved = *c;
            *c = 0;
            if (mkdir(path, 0700) != 0 && errno != EEXIST) {
                fail("cannot create the cache directory %s: %s", path, strerror(errno));
            }
            *c = saved;
            if (!saved) {
                return;
            }
        }
    }
}

static char *cache_root(void) {
    const char *xdg = getenv("XDG_CACHE_HOME");
    char *base;
    if (xdg && xdg[0] == '/') {
        base = xstrdup(xdg);
    } else {
        const char *home = getenv("HOME");
        if (!home || home[0] != '/') {
            fail("cannot find a cache directory: set XDG_CACHE_HOME or HOME");
        }
        base = join(home, "/", ".cache");
    }
    char *root = join(base, "/", "vertiform/packages");
    free(base);
    make_root(root);
    return root;
}

/* ------------------------------------------------------------------------------------------------- launch */

static char *substitute(const char *template, const char *workenv) {
    const char *marker = "{workenv}";
    size_t mlen = strlen(marker), wlen = strlen(workenv), n = 0;
    for (const char *p = strstr(template, marker); p; p = strstr(p + mlen, marker)) n++;
    char *out = xmalloc(strlen(template) + n * wlen + 1);
    char *o = out;
    for (const char *p = template;;) {
        const char *hit = strstr(p, marker);
        if (!hit) {
            strcpy(o, p);
            return out;
        }
        memcpy(o, p, (size_t) (hit - p));
        o += hit - p;
        memcpy(o, workenv, wlen);
        o += wlen;
        p = hit + mlen;
    }
}

/* Runs a command with stdout sent to stderr; returns its exit status (or -1). */
static int run_quietly(char *const *args) {
    pid_t pid = fork();
    if (pid < 0) {
        return -1;
    }
    if (pid == 0) {
        dup2(2, 1);
        execv(args[0], args);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static char **argv_at(const struct json *meta, const char *fmt_prefix, const char *workenv, int *count) {
    char **args = xmalloc(sizeof(char *) * (MAX_ARGS + 1));
    int n = 0;
    char path[128];
    for (;; n++) {
        snprintf(path, sizeof path, "%s.%d", fmt_prefix, n);
        const char *v = jstr(meta, "%s", path);
        if (!v) {
            break;
        }
        if (n == MAX_ARGS) {
            fail("too many arguments in the metadata");
        }
        args[n] = substitute(v, workenv);
    }
    args[n] = NULL;
    *count = n;
    return args;
}

static int run_setup(const struct json *meta, const char *workenv) {
    for (int i = 0;; i++) {
        char prefix[64];
        snprintf(prefix, sizeof prefix, "execution.setup_commands.%d.argv", i);
        int n;
        char **args = argv_at(meta, prefix, workenv, &n);
        if (n == 0) {
            free(args);
            return 0;
        }
        const struct jitem *opt = NULL;
        for (size_t k = 0; k < meta->n; k++) {
            char want[96];
            snprintf(want, sizeof want, "execution.setup_commands.%d.optional", i);
            if (strcmp(meta->items[k].path, want) == 0) {
                opt = &meta->items[k];
            }
        }
        int optional = opt && opt->type == J_BOOL && strcmp(opt->value, "true") == 0;
        debug("setup command %d: %s", i, args[0]);
        int rc = run_quietly(args);
        if (rc != 0) {
            if (!optional) {
                warn("setup command %s failed (status %d)", args[0], rc);
                return -1;
            }
            warn("optional setup command %s failed (status %d); starting without it", args[0], rc);
        }
    }
}

static void launch(const struct package *pkg, const char *workenv, int argc, char **argv) {
    int base_n;
    char **base = argv_at(&pkg->meta, "execution.argv", workenv, &base_n);
    if (base_n == 0) {
        fail("the metadata names no command");
    }
    int extra_n = 0;
    char **extra = NULL;
    if (argc > 1) {
        extra = argv + 1;
        extra_n = argc - 1;
    } else {
        extra = argv_at(&pkg->meta, "execution.default_args", workenv, &extra_n);
    }
    if (base_n + extra_n > MAX_ARGS) {
        fail("too many arguments");
    }
    char **args = xmalloc(sizeof(char *) * (size_t) (base_n + extra_n + 1));
    memcpy(args, base, sizeof(char *) * (size_t) base_n);
    memcpy(args + base_n, extra, sizeof(char *) * (size_t) extra_n);
    args[base_n + extra_n] = NULL;

    const char *set_prefix = "runtime.env.set.";
    for (size_t i = 0; i < pkg->meta.n; i++) {
        const struct jitem *it = &pkg->meta.items[i];
        if (strncmp(it->path, set_prefix, strlen(set_prefix)) == 0 && it->type == J_STRING) {
            char *value = substitute(it->value, workenv);
            setenv(it->path + strlen(set_prefix), value, 1);
            free(value);
        }
    }
    setenv("VERTIFORM_PACKAGE", g_self, 1);
    setenv("VERTIFORM_WORKENV", workenv, 1);
    debug("exec %s", args[0]);
    if (strcmp(args[0], "{system_java}") == 0) {
        const char *java_home = getenv("JAVA_HOME");
        if (java_home && *java_home) {
            char *java = join(java_home, "/", "bin/java");
            args[0] = java;
            execv(java, args);
        }
        args[0] = "java";
        execvp("java", args);
        fail("cannot start java from JAVA_HOME or PATH: %s", strerror(errno));
    }
    execv(args[0], args);
    fail("cannot start %s: %s", args[0], strerror(errno));
}

/* --------------------------------------------------------------------------------------------------- main */

static void locate_self(const char *argv0) {
#ifdef __APPLE__
    char raw[PATH_MAX];
    uint32_t size = sizeof raw;
    if (_NSGetExecutablePath(raw, &size) != 0 || !realpath(raw, g_self)) {
        fail("cannot locate the package file");
    }
    (void) argv0;
#else
    ssize_t n = readlink("/proc/self/exe", g_self, sizeof g_self - 1);
    if (n <= 0) {
        if (!argv0 || !realpath(argv0, g_self)) {
            fail("cannot locate the package file");
        }
    } else {
        g_self[n] = 0;
    }
#endif
}

static enum policy read_policy(void) {
    const char *v = getenv("VERTIFORM_VERIFICATION");
    if (!v || !*v || strcmp(v, "strict") == 0) return POLICY_STRICT;
    if (strcmp(v, "always") == 0) return POLICY_ALWAYS;
    if (strcmp(v, "none") == 0) return POLICY_NONE;
    fail("VERTIFORM_VERIFICATION must be strict, always or none (got '%s')", v);
    return POLICY_STRICT;
}

int main(int argc, char **argv) {
    clock_gettime(CLOCK_MONOTONIC, &g_start);
    const char *dbg = getenv("VERTIFORM_LAUNCHER_DEBUG");
    g_debug = dbg && *dbg && strcmp(dbg, "0") != 0;
    /* A statically linked libcrypto must not read the host's openssl.cnf: it could ask for modules we lack. */
    OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, NULL);
    enum policy policy = read_policy();
    locate_self(argc > 0 ? argv[0] : NULL);

    struct package pkg;
    memset(&pkg, 0, sizeof pkg);
    pkg.fd = open(g_self, O_RDONLY | O_CLOEXEC);
    if (pkg.fd < 0 || fstat(pkg.fd, &pkg.st) != 0) {
        fail("cannot open %s: %s", g_self, strerror(errno));
    }
    read_index(pkg.fd, (uint64_t) pkg.st.st_size, &pkg.idx);
    pkg.slots = read_slots(pkg.fd, &pkg.idx, (uint64_t) pkg.st.st_size);

    char key[64], hexsum[65];
    hex(pkg.idx.raw + 96, 32, hexsum);
    snprintf(key, sizeof key, "%.24s%s", hexsum, policy == POLICY_NONE ? "-unverified" : "");
    char *root = cache_root();
    char *workenv = join(root, "/", key);
    debug("work environment %s", workenv);

    if (policy == POLICY_STRICT && cache_complete(workenv, &pkg.idx) && identity_verified(workenv, &pkg.st)) {
        load_metadata(&pkg, 0);
        debug("warm start: file verified before, cache complete");
        launch(&pkg, workenv, argc, argv);
    }

    if (policy == POLICY_NONE) {
        warn("package verification is disabled (VERTIFORM_VERIFICATION=none)");
        load_metadata(&pkg, 0);
    } else {
        verify_package(&pkg);
    }

    char *lock_path = join(root, "/", key);
    char *tmp_lock = join(lock_path, ".lock", "");
    int lock = open(tmp_lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock < 0 || flock(lock, LOCK_EX) != 0) {
        fail("cannot lock %s: %s", tmp_lock, strerror(errno));
    }
    debug("lock taken");
    if (!cache_complete(workenv, &pkg.idx)) {
        remove_stale(root, key);
        remove_tree(workenv);
        char tmp_dir[PATH_MAX];
        pathf(tmp_dir, "%s.tmp.%ld", workenv, (long) getpid());
        if (mkdir(tmp_dir, 0700) != 0) {
            fail("cannot create %s: %s", tmp_dir, strerror(errno));
        }
        char *state = join(tmp_dir, "/", STATE_DIR);
        if (mkdir(state, 0700) != 0) {
            fail("cannot create %s: %s", state, strerror(errno));
        }
        free(state);
        struct manifest mf;
        memset(&mf, 0, sizeof mf);
        for (uint32_t i = 0; i < pkg.idx.slot_count; i++) {
            extract_slot(&pkg, i, tmp_dir, &mf);
        }
        write_manifest(tmp_dir, &pkg.idx, &mf);
        if (rename(tmp_dir, workenv) != 0) {
            fail("cannot move %s into place: %s", tmp_dir, strerror(errno));
        }
        debug("extracted %zu files", mf.n);
        if (run_setup(&pkg.meta, workenv) != 0) {
            remove_tree(workenv);
            fail("preparing %s failed", workenv);
        }
    }
    if (policy != POLICY_NONE) {
        record_identity(workenv, &pkg.st);
    }
    flock(lock, LOCK_UN);
    close(lock);
    launch(&pkg, workenv, argc, argv);
    return 1;
}
