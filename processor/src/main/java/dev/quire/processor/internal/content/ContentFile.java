package dev.quire.processor.internal.content;

import dev.quire.processor.internal.source.SourceFile;

/**
 * A content file split into its parts: the front matter's YAML text (starting on file line
 * {@code frontMatterLine}) and the Markdown body (starting at {@code bodyOffset} of the source text).
 */
public record ContentFile(SourceFile source, String frontMatter, int frontMatterLine, String body, int bodyOffset) {}
