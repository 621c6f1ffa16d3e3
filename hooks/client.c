/*
 * precommit-client: the tiny client of precommit's warm engine (the daemon).
 *
 *   precommit-client SOCKET TOKEN-FILE KEY N JAVA-WORD... ARG...
 *
 * Sends the whole process to the daemon listening on SOCKET (arguments, working directory,
 * environment, whether stdout/stderr are terminals), streams stdin to it and its stdout/stderr
 * back, and exits with the run's exit code. SIGINT, SIGTERM and SIGHUP are forwarded as a cancel
 * (the daemon restores the stash and the code is 128 + the signal).
 *
 * When no daemon answers, or it is of another build or refuses the request, nothing has been read
 * or written yet: the client starts a daemon (detached, `JAVA-WORD... daemon run --key KEY`, output
 * to daemon.log beside the socket) when none answered, then execs the N JAVA-WORDs followed by the
 * ARGs: the normal JVM launch, same pid, same result. The daemon can only make a call faster.
 *
 * Why C: it starts in about a millisecond, needs only libc, and install.sh can build it with the
 * `cc` nearly every development machine has. A Go or Rust client would need their toolchains on
 * the user's machine (or prebuilt binaries per platform); a JVM client would defeat the purpose.
 * Protocol: see dev.precommit.daemon.Frame.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define PROTOCOL "precommit-daemon 1"
#define DIED 137 /* the daemon ended mid-run: as a CLI run killed with SIGKILL */

static volatile sig_atomic_t pending_signal;

static void on_signal(int sig) { pending_signal = sig; }

static int write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

static int read_all(int fd, void *data, size_t len) {
  char *p = data;
  while (len > 0) {
    ssize_t n = read(fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (n == 0) return -1;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

static int send_frame(int fd, char channel, const void *data, size_t len) {
  unsigned char header[5];
  header[0] = (unsigned char)channel;
  header[1] = (unsigned char)(len >> 24);
  header[2] = (unsigned char)(len >> 16);
  header[3] = (unsigned char)(len >> 8);
  header[4] = (unsigned char)len;
  if (write_all(fd, header, 5) < 0) return -1;
  return len == 0 ? 0 : write_all(fd, data, len);
}

/* Reads one frame; *data is malloc'd (or NULL when empty). Returns the channel, or -1. */
static int read_frame(int fd, char **data, uint32_t *len) {
  unsigned char header[5];
  *data = NULL;
  if (read_all(fd, header, 5) < 0) return -1;
  *len = ((uint32_t)header[1] << 24) | ((uint32_t)header[2] << 16) | ((uint32_t)header[3] << 8) |
         header[4];
  if (*len > (64u << 20)) return -1;
  *data = NULL;
  if (*len > 0) {
    *data = malloc(*len);
    if (*data == NULL || read_all(fd, *data, *len) < 0) {
      free(*data);
      *data = NULL;
      return -1;
    }
  }
  return header[0];
}

/* The JVM launch: the N java words, then the arguments. Never returns. */
static void fallback(char **java, int n, char **args, int nargs) {
  char **argv = calloc((size_t)(n + nargs + 1), sizeof(char *));
  if (argv == NULL) _exit(1);
  memcpy(argv, java, (size_t)n * sizeof(char *));
  memcpy(argv + n, args, (size_t)nargs * sizeof(char *));
  execvp(argv[0], argv);
  fprintf(stderr, "precommit: cannot run %s: %s\n", argv[0], strerror(errno));
  _exit(1);
}

static void mkdirs(const char *dir) {
  char path[4096];
  if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) return;
  for (char *p = path + 1; *p; p++) {
    if (*p == '/') {
      *p = 0;
      mkdir(path, 0700);
      *p = '/';
    }
  }
  mkdir(path, 0700);
}

/*
 * Starts `java... daemon run --key KEY` detached (own session, stdio to the log); returns at once.
 * The daemon's JVM waits until this process (about to become the fallback JVM) has exited, so
 * that the two JVMs do not compete for the CPU: the first commit is not slower than without it.
 */
static void start_daemon(const char *socket_path, const char *key, char **java, int n) {
  char dir[4096], log[4200];
  pid_t caller = getpid();
  if (snprintf(dir, sizeof dir, "%s", socket_path) >= (int)sizeof dir) return;
  char *slash = strrchr(dir, '/');
  if (slash == NULL) return;
  *slash = 0;
  mkdirs(dir);
  snprintf(log, sizeof log, "%s/daemon.log", dir);
  pid_t child = fork();
  if (child < 0) return;
  if (child > 0) {
    waitpid(child, NULL, 0);
    return;
  }
  setsid();
  if (fork() != 0) _exit(0); /* the daemon is nobody's child: no zombie, no terminal */
  int null = open("/dev/null", O_RDONLY);
  int out = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (null < 0 || out < 0) _exit(1);
  dup2(null, 0);
  dup2(out, 1);
  dup2(out, 2);
  for (int fd = 3; fd < 256; fd++) close(fd);
  if (chdir("/") != 0) _exit(1);
  for (int waited = 0; kill(caller, 0) == 0 && waited < 6000; waited++) usleep(10000);
  /* The daemon serves many repositories: none of this call's git state belongs to it. */
  for (char **e = environ; *e;) {
    if (strncmp(*e, "GIT_", 4) == 0) {
      char name[256];
      size_t len = strcspn(*e, "=");
      if (len < sizeof name) {
        memcpy(name, *e, len);
        name[len] = 0;
        unsetenv(name);
        continue;
      }
    }
    e++;
  }
  char **argv = calloc((size_t)n + 5, sizeof(char *));
  if (argv == NULL) _exit(1);
  memcpy(argv, java, (size_t)n * sizeof(char *));
  argv[n] = "daemon";
  argv[n + 1] = "run";
  argv[n + 2] = "--key";
  argv[n + 3] = (char *)key;
  execvp(argv[0], argv);
  _exit(1);
}

static char *read_token(const char *path, size_t *len) {
  static char token[256];
  int fd = open(path, O_RDONLY);
  if (fd < 0) return NULL;
  ssize_t n = read(fd, token, sizeof token);
  close(fd);
  if (n <= 0) return NULL;
  *len = (size_t)n;
  return token;
}

int main(int argc, char **argv) {
  if (argc < 6) {
    fprintf(stderr, "usage: precommit-client SOCKET TOKEN-FILE KEY N JAVA-WORD... ARG...\n");
    return 2;
  }
  const char *socket_path = argv[1], *token_path = argv[2], *key = argv[3];
  int n = atoi(argv[4]);
  if (n < 1 || 5 + n > argc) {
    fprintf(stderr, "precommit-client: bad word count %s\n", argv[4]);
    return 2;
  }
  char **java = argv + 5, **args = argv + 5 + n;
  int nargs = argc - 5 - n;

  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  if (strlen(socket_path) >= sizeof addr.sun_path) fallback(java, n, args, nargs);
  strcpy(addr.sun_path, socket_path);
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) fallback(java, n, args, nargs);
  if (connect(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
    close(fd);
    start_daemon(socket_path, key, java, n);
    fallback(java, n, args, nargs);
  }
  signal(SIGPIPE, SIG_IGN);
  size_t token_len = 0;
  char *token = read_token(token_path, &token_len);
  if (token == NULL) {
    close(fd);
    fallback(java, n, args, nargs);
  }

  /* The request, in one go. */
  char hello[512];
  int hello_len = snprintf(hello, sizeof hello, "%s%c%s%c%.*s", PROTOCOL, 0, key, 0,
                           (int)token_len, token);
  char cwd[8192];
  /* What the JVM's own CliContext sees (System.console() != null: stdin and stdout are both
   * terminals), so that colour comes out the same either way; then stderr. */
  unsigned char terminal[2] = {(unsigned char)(isatty(0) && isatty(1)), (unsigned char)isatty(2)};
  int ok = hello_len > 0 && hello_len < (int)sizeof hello && getcwd(cwd, sizeof cwd) != NULL &&
           send_frame(fd, 'V', hello, (size_t)hello_len) == 0;
  for (int i = 0; ok && i < nargs; i++) ok = send_frame(fd, 'A', args[i], strlen(args[i])) == 0;
  ok = ok && send_frame(fd, 'W', cwd, strlen(cwd)) == 0;
  for (char **e = environ; ok && *e; e++) ok = send_frame(fd, 'N', *e, strlen(*e)) == 0;
  ok = ok && send_frame(fd, 'T', terminal, 2) == 0 && send_frame(fd, 'R', NULL, 0) == 0;
  char *data = NULL;
  uint32_t len = 0;
  int channel = ok ? read_frame(fd, &data, &len) : -1;
  free(data);
  if (channel != 'K') { /* stale, refused or gone: nothing read or written yet */
    close(fd);
    fallback(java, n, args, nargs);
  }

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);

  /* A terminal's keystrokes are not the run's input: the engine never reads a terminal. */
  int stdin_open = !isatty(0);
  if (!stdin_open) send_frame(fd, 'I', NULL, 0);
  int signals_sent = 0;
  char buffer[65536];
  for (;;) {
    if (pending_signal) {
      unsigned char sig = (unsigned char)pending_signal;
      pending_signal = 0;
      if (++signals_sent >= 3) _exit(128 + sig); /* asked three times: stop waiting */
      send_frame(fd, 'C', &sig, 1);
    }
    struct pollfd fds[2] = {{fd, POLLIN, 0}, {0, POLLIN, 0}};
    int r = poll(fds, stdin_open ? 2 : 1, -1);
    if (r < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (stdin_open && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t got = read(0, buffer, sizeof buffer);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        stdin_open = 0;
        send_frame(fd, 'I', NULL, 0);
      } else {
        send_frame(fd, 'I', buffer, (size_t)got);
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      channel = read_frame(fd, &data, &len);
      if (channel == 'O' || channel == 'E') {
        write_all(channel == 'O' ? 1 : 2, data, len);
        free(data);
      } else if (channel == 'X' && len == 4) {
        unsigned char *c = (unsigned char *)data;
        int code = (int)(((uint32_t)c[0] << 24) | ((uint32_t)c[1] << 16) | ((uint32_t)c[2] << 8) | c[3]);
        free(data);
        return code & 0xff;
      } else {
        free(data);
        break;
      }
    }
  }
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", socket_path);
  char *slash = strrchr(dir, '/');
  if (slash != NULL) *slash = 0;
  fprintf(stderr, "precommit: the daemon ended during the run; see %s/daemon.log\n", dir);
  return DIED;
}
