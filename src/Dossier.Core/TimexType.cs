namespace Dossier;

/// <summary>The four TIMEX3 types of TimeML.</summary>
public enum TimexType : byte
{
    Date,
    Time,
    Duration,
    Set,
}
