package dev.quire.spring.site;

/**
 * What {@code greeting.md} shows.
 *
 * @param name who is greeted
 */
public record Greeting(String name) {}
