using Chronicle.Extraction.LanguageDetection;

namespace Chronicle.Tests.Extraction.Html;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The president said on Monday that the talks with the other side would go on for as long as they were needed.")]
    [InlineData("de", "Der Präsident sagte am Montag, dass die Gespräche mit der anderen Seite so lange weitergehen würden, wie es nötig ist.")]
    [InlineData("fr", "Le président a déclaré lundi que les discussions avec l'autre partie se poursuivraient aussi longtemps que nécessaire.")]
    [InlineData("es", "El presidente dijo el lunes que las conversaciones con la otra parte continuarán durante el tiempo que sea necesario.")]
    [InlineData("it", "Il presidente ha detto lunedì che i colloqui con l'altra parte andranno avanti per tutto il tempo che sarà necessario.")]
    [InlineData("pt", "O presidente disse na segunda-feira que as conversas com o outro lado vão continuar durante o tempo que for necessário.")]
    [InlineData("nl", "De president zei maandag dat de gesprekken met de andere kant zo lang als nodig is door zullen gaan, want er is nog veel te doen.")]
    [InlineData("ru", "Президент заявил в понедельник, что переговоры с другой стороной будут продолжаться так долго, как это будет нужно.")]
    [InlineData("pl", "Prezydent powiedział w poniedziałek, że rozmowy z drugą stroną będą trwały tak długo, jak będzie to potrzebne, i że jest to ważne.")]
    [InlineData("sv", "Presidenten sade på måndagen att samtalen med den andra sidan skulle fortsätta så länge som det behövs och att det är viktigt.")]
    [InlineData("zh", "总统星期一表示，与对方的会谈将根据需要继续进行。")]
    [InlineData("ja", "大統領は月曜日、相手側との協議は必要な限り続けると述べた。")]
    [InlineData("ko", "대통령은 월요일 상대측과의 회담이 필요한 만큼 계속될 것이라고 말했다.")]
    public void Detect_Sentence_NamesItsLanguage(string expected, string text) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12 345 678")]
    [InlineData("Kim Jong Un")]
    public void Detect_TooLittleEvidence_ReturnsNull(string text) =>
        Assert.Null(LanguageDetector.Detect(text));

    [Fact]
    public void ProfileFor_RegionTag_UsesLanguagePart() =>
        Assert.Equal("en", LanguageDetector.ProfileFor("en-GB")?.Language);

    [Fact]
    public void Density_CountsStopwordsAmongWords()
    {
        var profile = LanguageDetector.ProfileFor("en")!;

        Assert.Equal((4, 2), profile.Count("The war in Ukraine"));
    }
}
