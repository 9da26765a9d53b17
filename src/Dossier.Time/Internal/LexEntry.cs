namespace Dossier.Time.Internal;

/// <param name="Value">Month 1-12, weekday 1-7 (Monday first), number, <see cref="TimeUnit"/>, season 1-4 or part of day.</param>
/// <param name="Abbreviation">May carry a period ("Sept.", "a.m."), which then belongs to the word.</param>
internal readonly record struct LexEntry(Lex Lex, int Value, bool Plural = false, bool Abbreviation = false);
