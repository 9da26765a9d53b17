namespace Dossier.Events.Tests;

public sealed class EventModelTests
{
    [Fact]
    public void The_shipped_model_saves_to_bytes_that_load_back_to_the_same_bytes()
    {
        var model = EventModel.Default;
        using var first = new MemoryStream();
        model.Save(first);

        first.Position = 0;
        var loaded = EventModel.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);

        Assert.True(model.FeatureCount > 1000);
        Assert.Equal(model.Threshold, loaded.Threshold);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void A_file_that_is_not_an_event_model_is_refused_with_a_reason()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);

        var error = Assert.Throws<InvalidDataException>(() => EventModel.Load(stream));

        Assert.Contains("dossier train events", error.Message, StringComparison.Ordinal);
    }
}
