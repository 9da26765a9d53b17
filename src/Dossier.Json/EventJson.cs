using System.Text.Json;
using Dossier.Engine;
using Dossier.Time;

namespace Dossier.Json;

/// <summary>Events: one of a document's <c>events</c>, and one entry of the story timeline.</summary>
public static class EventJson
{
    /// <summary>
    /// <c>{trigger, class, sentence_start, sentence_end, time, participants}</c>: <c>time</c> is the time
    /// expression the event is tied to (<c>{start, end, text, value}</c>) or <c>null</c>; each participant
    /// is <c>{start, end, text, role, actor}</c>, <c>actor</c> the name of the article's actor or <c>null</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Document document, Event found)
    {
        writer.WriteStartObject();
        JsonValues.WriteSpan(writer, "trigger"u8, document, found.Trigger);
        writer.WriteString("class"u8, JsonNames.Name(found.Class));
        writer.WriteNumber("sentence_start"u8, found.Sentence.Start);
        writer.WriteNumber("sentence_end"u8, found.Sentence.End);
        writer.WritePropertyName("time"u8);
        if (found.Time is { } index && index < document.TimeExpressions.Length)
        {
            var time = document.TimeExpressions[index];
            writer.WriteStartObject();
            writer.WriteNumber("start"u8, time.Span.Start);
            writer.WriteNumber("end"u8, time.Span.End);
            writer.WriteString("text"u8, document.Text.AsSpan(time.Span.Start, time.Span.Length));
            writer.WriteString("value"u8, time.Value);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }
        writer.WriteStartArray("participants"u8);
        foreach (var participant in found.Participants)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start"u8, participant.Span.Start);
            writer.WriteNumber("end"u8, participant.Span.End);
            writer.WriteString("text"u8, document.Text.AsSpan(participant.Span.Start, participant.Span.Length));
            writer.WriteString("role"u8, JsonNames.Name(participant.Role));
            writer.WriteString("actor"u8, participant.Actor is { } a && a < document.Actors.Length ? document.Actors[a].Name : null);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// One entry of the brief's <c>timeline</c>, of <c>timeline --json</c> and of <c>/api/events</c>:
    /// <c>{document_id, value, class, trigger, time, sentence, sentence_start, sentence_end, participants, triggers, weak}</c>;
    /// a participant is <c>{start, end, text, name, type, role}</c>, <c>name</c> and <c>type</c> its who's who entry;
    /// <c>trigger</c> and <c>class</c> are the main event's, <c>triggers</c> (<c>{start, end, text, class}</c>) every
    /// event the sentence ties to that date.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, TimelineEntry entry)
    {
        writer.WriteStartObject();
        WriteFields(writer, entry);
        writer.WriteEndObject();
    }

    /// <summary>
    /// One entry of an actor's timeline (<c>timeline --entity</c>, <c>/api/events?entity=</c>): the fields of
    /// a timeline entry, then <c>actor_part</c>, <c>participant</c> when the actor takes part in one of its
    /// events, <c>speaker</c> when it only speaks the quote of its sentence, and <c>dated_by</c>: <c>text</c>
    /// when a time expression of its sentence dates it, <c>article</c> when its article's date does
    /// (<c>time</c> is then null and <c>value</c> the article's date).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, ActorEntry entry)
    {
        writer.WriteStartObject();
        WriteFields(writer, entry.Entry);
        writer.WriteString("actor_part"u8, entry.Part == ActorPart.Speaker ? "speaker" : "participant");
        writer.WriteString("dated_by"u8, entry.Entry.DatedBy == DatedBy.Article ? "article" : "text");
        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, TimelineEntry entry)
    {
        writer.WriteNumber("document_id"u8, entry.DocumentId);
        writer.WriteString("value"u8, entry.Value);
        writer.WriteString("when"u8, TimexWords.Describe(entry.Value));
        writer.WriteString("class"u8, JsonNames.Name(entry.Event.Class));
        WriteSpan(writer, "trigger"u8, entry.Event.Trigger, entry.Trigger);
        if (entry.Time is { } time)
        {
            WriteSpan(writer, "time"u8, time.Span, entry.TimeText!);
        }
        else
        {
            writer.WriteNull("time"u8);
        }
        writer.WriteString("sentence"u8, entry.Context);
        writer.WriteNumber("sentence_start"u8, entry.Event.Sentence.Start);
        writer.WriteNumber("sentence_end"u8, entry.Event.Sentence.End);
        writer.WriteStartArray("participants"u8);
        foreach (var participant in entry.Participants)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, participant.Span, participant.Text);
            writer.WriteString("name"u8, participant.Name);
            writer.WriteString("type"u8, participant.Type is { } type ? JsonNames.Name(type) : null);
            writer.WriteString("role"u8, JsonNames.Name(participant.Role));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("triggers"u8);
        foreach (var trigger in entry.Triggers)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, trigger.Span, trigger.Text);
            writer.WriteString("class"u8, JsonNames.Name(trigger.Class));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteBoolean("weak"u8, entry.Weak);
    }

    private static void WriteSpan(Utf8JsonWriter writer, ReadOnlySpan<byte> name, TextSpan span, string text)
    {
        writer.WriteStartObject(name);
        WriteSpanFields(writer, span, text);
        writer.WriteEndObject();
    }

    /// <summary><c>start, end, text</c> of an object being written.</summary>
    private static void WriteSpanFields(Utf8JsonWriter writer, TextSpan span, string text)
    {
        writer.WriteNumber("start"u8, span.Start);
        writer.WriteNumber("end"u8, span.End);
        writer.WriteString("text"u8, text);
    }
}
