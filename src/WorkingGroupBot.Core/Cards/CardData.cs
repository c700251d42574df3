namespace WorkingGroupBot.Cards;

/// <summary>Names of the fields the bot puts into card data. Card data is only a hint of intent: it is never trusted.</summary>
public static class CardData
{
    public const string Verb = "verb";
}
