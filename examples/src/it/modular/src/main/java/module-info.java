/** A modular application with Quire pages. */
module com.example.site {
  requires dev.quire.runtime;
}
