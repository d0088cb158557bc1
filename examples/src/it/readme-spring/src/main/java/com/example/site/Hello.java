package com.example.site;

public record Hello(String name) {}
