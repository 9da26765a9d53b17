namespace Dossier.Events;

/// <summary>Temporal awareness counts of one timeline, or of several summed (the micro-average).</summary>
/// <param name="Verified">System relations (of its reduced graph) that the gold closure holds.</param>
/// <param name="SystemRelations">Relations of the system's reduced graph.</param>
/// <param name="Captured">Gold relations (of its reduced graph) that the system closure holds.</param>
/// <param name="GoldRelations">Relations of the gold's reduced graph.</param>
public readonly record struct AwarenessScore(int Verified, int SystemRelations, int Captured, int GoldRelations)
{
    public double Precision => SystemRelations == 0 ? 0 : (double)Verified / SystemRelations;

    public double Recall => GoldRelations == 0 ? 0 : (double)Captured / GoldRelations;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static AwarenessScore operator +(AwarenessScore left, AwarenessScore right) =>
        new(left.Verified + right.Verified, left.SystemRelations + right.SystemRelations, left.Captured + right.Captured, left.GoldRelations + right.GoldRelations);
}
