using Dossier.Evaluation;

namespace Dossier.Events;

/// <param name="Model">The trained model with its chosen threshold.</param>
/// <param name="Dev">The model's trigger scores on the development documents.</param>
/// <param name="Lexicon">The best word-list baseline on the same documents, and the share of events a word needed to be listed.</param>
public sealed record EventTrainingResult(EventModel Model, Prf Dev, (double Share, Prf Scores) Lexicon);
