package dev.precommit.select;

import java.util.Set;

/**
 * The file type tags identify knows (identify 2.6.19, {@code ALL_TAGS}): the only names a hook's
 * {@code types}, {@code types_or} and {@code exclude_types} may use. A literal set, so the hook
 * path pays no parsing at start-up.
 */
public final class TagNames {
  private static final Set<String> ALL =
      Set.of(
          "adobe-illustrator", "alpm", "apinotes", "asar", "asciidoc", "ash", "asm", "aspectj",
          "astro", "audio", "avif", "avro-schema", "awk", "babelrc", "bash", "batch", "bats",
          "bazel", "bazelrc", "beancount", "bib", "binary", "bitbake", "bitmap", "bowerrc",
          "browserslistrc", "bzip2", "bzip3", "c", "c#", "c#script", "c++", "c2hs", "cargo",
          "cargo-lock", "cbsd", "clojure", "clojurescript", "cmake", "codespellrc", "coffee",
          "coveragerc", "crystal", "csh", "cson", "csproj", "css", "csslintrc", "csv", "cuda",
          "cue", "cylc", "cython", "dart", "dash", "dbc", "def", "diff", "directory", "dockerfile",
          "dockerignore", "dotenv", "dtd", "editorconfig", "edn", "ejs", "ejson", "elixir", "elm",
          "entitlements", "eot", "eps", "erb", "erlang", "executable", "expect", "f#", "f#script",
          "file", "fish", "fits", "flake8", "fortran", "fsproj", "gdscript", "geojson", "ggb",
          "gherkin", "gif", "gitattributes", "gitconfig", "gitignore", "gitlint", "gitmodules",
          "gleam", "go", "go-mod", "go-sum", "gotmpl", "gpx", "graphql", "groovy", "gyb", "gyp",
          "gzip", "handlebars", "haskell", "hcl", "header", "hgrc", "hlsl", "html", "icalendar",
          "icns", "icon", "idl", "idris", "image", "inc", "ini", "inl", "ino", "inx", "ipxe",
          "isort", "jade", "jar", "java", "java-properties", "javascript", "jbuilder", "jenkins",
          "jinja", "jpeg", "jshintrc", "json", "json5", "jsonld", "jsonnet", "jsx", "julia",
          "jupyter", "kml", "kotlin", "ksh", "lazarus", "lazarus-form", "lean", "lektor",
          "lektorproject", "less", "liquid", "literate-haskell", "lua", "m4", "magik", "mailmap",
          "makefile", "manifest", "map", "markdown", "mdx", "mention-bot", "meson", "meson-options",
          "metal", "mib", "modulemap", "msbuild", "musescore", "mustache", "myst", "ngdoc", "nim",
          "nimble", "nix", "non-executable", "npmignore", "nunjucks", "objective-c",
          "objective-c++", "ocaml", "otf", "p12", "pascal", "pdbrc", "pdf", "pem", "perl", "php",
          "php7", "php8", "piskel", "pkgbuild", "plain-text", "plantuml", "plist", "png", "pofile",
          "pom", "powershell", "ppm", "prettierignore", "prisma", "proto", "pug", "puppet",
          "purescript", "pyi", "pylintrc", "pypirc", "pyproj", "pyproject", "python", "python2",
          "python3", "pyz", "qml", "r", "relax-ng", "resx", "robot", "rst", "ruby", "rust", "salt",
          "salt-lint", "sas", "sass", "sbt", "scala", "scheme", "scons", "scss", "sh", "shell",
          "sln", "slnx", "socket", "solidity", "spec", "sql", "stylus", "svelte", "svg", "swf",
          "swift", "swiftdeps", "symlink", "system-verilog", "tar", "tcsh", "templ", "terraform",
          "tex", "text", "textproto", "thrift", "tiff", "tiltfile", "toml", "ts", "tsv", "tsx",
          "ttf", "twig", "twisted", "txsprofile", "urdf", "vb", "vbproj", "vcxproj", "vdx",
          "verilog", "vhdl", "vim", "vtl", "vue", "wav", "webp", "wheel", "wkt", "woff", "woff2",
          "wsdl", "wsgi", "xacro", "xaml", "xcconfig", "xcodebuild", "xcprivacy", "xcscheme",
          "xcsettings", "xctestplan", "xcworkspacedata", "xhtml", "xliff", "xml", "xquery", "xsd",
          "xsl", "yaml", "yamlld", "yamllint", "yang", "yin", "zcml", "zig", "zip", "zpt", "zsh");

  private TagNames() {}

  /** True when {@code tag} is one of identify's tags. */
  public static boolean isKnown(String tag) {
    return ALL.contains(tag);
  }

  /** Every tag, unordered. */
  public static Set<String> all() {
    return ALL;
  }
}
