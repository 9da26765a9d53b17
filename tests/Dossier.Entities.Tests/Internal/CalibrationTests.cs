using Dossier.Entities.Internal;

namespace Dossier.Entities.Tests.Internal;

public sealed class CalibrationTests
{
    [Fact]
    public void Fits_confidences_that_rise_with_the_margin_and_match_the_hit_rate()
    {
        // Small margins are right half the time, large ones nine times in ten.
        var samples = new List<(float, bool)>();
        for (var i = 0; i < 100; i++)
        {
            samples.Add((2f, i % 2 == 0));
            samples.Add((20f, i % 10 != 0));
        }

        var calibration = Calibration.Fit(samples);

        Assert.True(calibration.Slope > 0);
        Assert.Equal(0.5, calibration.Confidence(2f), 2);
        Assert.Equal(0.9, calibration.Confidence(20f), 2);
    }

    [Fact]
    public void Keeps_the_identity_when_every_mention_was_right()
    {
        Assert.Equal(Calibration.Identity, Calibration.Fit([(3f, true), (9f, true)]));
    }
}
