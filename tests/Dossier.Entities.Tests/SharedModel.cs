namespace Dossier.Entities.Tests;

/// <summary>The shipped model, loaded once for every test that needs it.</summary>
internal static class SharedModel
{
    private static readonly Lazy<NerModel> Model = new(NerModel.LoadDefault);

    public static NerModel Instance => Model.Value;

    public static EntityRecognizer Recognizer { get; } = new(Instance);
}
