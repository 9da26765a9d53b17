using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Dossier.Json.Tests;

public sealed class JsonValuesTests
{
    [Fact]
    public void Writes_a_date_as_year_month_day_and_no_date_as_null()
    {
        var json = Written.By(writer =>
        {
            writer.WriteStartObject();
            JsonValues.WriteDate(writer, "dated"u8, new DateOnly(905, 3, 1));
            JsonValues.WriteDate(writer, "undated"u8, null);
            writer.WriteEndObject();
        });

        Assert.Equal("""{"dated":"0905-03-01","undated":null}""", json);
    }

    [Fact]
    public void A_span_counts_utf16_code_units_so_a_flag_of_two_regional_letters_takes_four()
    {
        var document = new Document("Flag 🇰🇷 here.", new DocumentSource("test"), null);

        var json = Written.By(writer => JsonValues.WriteSpan(writer, document, new TextSpan(5, 9)));

        // Characters beyond the BMP leave every encoder as surrogate escapes.
        Assert.Equal("""{"start":5,"end":9,"text":"\uD83C\uDDF0\uD83C\uDDF7"}""", json);
    }

    [Fact]
    public void Escapes_the_text_as_the_writers_encoder_says()
    {
        var document = new Document("Yoon: <b>“yes” & no</b>", new DocumentSource("test"), null);
        var htmlSafe = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

        var readable = Written.By(writer => JsonValues.WriteSpan(writer, document, new TextSpan(6, 23)));
        var escaped = Written.By(htmlSafe, writer => JsonValues.WriteSpan(writer, document, new TextSpan(6, 23)));

        Assert.Equal("""{"start":6,"end":23,"text":"<b>“yes” & no</b>"}""", readable);
        Assert.Equal("""{"start":6,"end":23,"text":"\u003Cb\u003E“yes” \u0026 no\u003C/b\u003E"}""", escaped);
    }
}
