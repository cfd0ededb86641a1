using ConnectorBot.Interview;

namespace ConnectorBot.Tests.Interview;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", MemberCommandKind.Help)]
    [InlineData("menu", MemberCommandKind.Help)]
    [InlineData("commands", MemberCommandKind.Help)]
    [InlineData("what can you do", MemberCommandKind.Help)]
    [InlineData("What can you do?", MemberCommandKind.Help)]
    [InlineData("?", MemberCommandKind.Help)]
    [InlineData(" ?? ", MemberCommandKind.Help)]
    [InlineData("show", MemberCommandKind.Show)]
    [InlineData("show my answers", MemberCommandKind.Show)]
    [InlineData("my answers", MemberCommandKind.Show)]
    [InlineData("my profile", MemberCommandKind.Show)]
    [InlineData("view", MemberCommandKind.Show)]
    [InlineData("status", MemberCommandKind.Show)]
    [InlineData("resume", MemberCommandKind.Resume)]
    [InlineData("unpause", MemberCommandKind.Resume)]
    [InlineData("un-pause", MemberCommandKind.Resume)]
    [InlineData("i'm back", MemberCommandKind.Resume)]
    [InlineData("im back", MemberCommandKind.Resume)]
    [InlineData("I’m back!", MemberCommandKind.Resume)]
    [InlineData("forget me", MemberCommandKind.ForgetMe)]
    [InlineData("delete me", MemberCommandKind.ForgetMe)]
    [InlineData("delete my data", MemberCommandKind.ForgetMe)]
    [InlineData("remove me", MemberCommandKind.ForgetMe)]
    [InlineData("erase me", MemberCommandKind.ForgetMe)]
    [InlineData("export", MemberCommandKind.Export)]
    [InlineData("export my data", MemberCommandKind.Export)]
    [InlineData("download my data", MemberCommandKind.Export)]
    [InlineData("my data", MemberCommandKind.Export)]
    [InlineData("cancel", MemberCommandKind.Cancel)]
    [InlineData("never mind", MemberCommandKind.Cancel)]
    [InlineData("nevermind", MemberCommandKind.Cancel)]
    [InlineData("stop", MemberCommandKind.Cancel)]
    [InlineData("skip", MemberCommandKind.Skip)]
    [InlineData("pass", MemberCommandKind.Skip)]
    [InlineData("none", MemberCommandKind.Skip)]
    [InlineData("nothing", MemberCommandKind.Skip)]
    [InlineData("n/a", MemberCommandKind.Skip)]
    [InlineData("N/A", MemberCommandKind.Skip)]
    [InlineData("no thanks", MemberCommandKind.Skip)]
    [InlineData("yes", MemberCommandKind.Yes)]
    [InlineData("y", MemberCommandKind.Yes)]
    [InlineData("yes forget me", MemberCommandKind.Yes)]
    [InlineData("Yes, forget me!", MemberCommandKind.Yes)]
    [InlineData("yes delete", MemberCommandKind.Yes)]
    [InlineData("confirm", MemberCommandKind.Yes)]
    [InlineData("sure", MemberCommandKind.Yes)]
    [InlineData("no", MemberCommandKind.No)]
    [InlineData("n", MemberCommandKind.No)]
    [InlineData("keep", MemberCommandKind.No)]
    [InlineData("dont", MemberCommandKind.No)]
    [InlineData("don't", MemberCommandKind.No)]
    [InlineData("draft", MemberCommandKind.Draft)]
    [InlineData("show draft", MemberCommandKind.Draft)]
    [InlineData("my draft", MemberCommandKind.Draft)]
    public void EverySynonym_IsRecognised(string text, MemberCommandKind kind)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(new MemberCommand(kind), command);
    }

    [Theory]
    [InlineData("HELP")]
    [InlineData("Help!")]
    [InlineData("  help   ")]
    [InlineData("help.")]
    [InlineData("¿help?")]
    [InlineData("please help")]
    [InlineData("help please")]
    [InlineData("Please, help!")]
    [InlineData("<at>ConnectorBot</at> help")]
    [InlineData("<at>ConnectorBot</at>&nbsp;help")]
    [InlineData("@ConnectorBot help")]
    [InlineData("help @ConnectorBot")]
    [InlineData("ConnectorBot help")]
    [InlineData("hélp")]
    [InlineData("ＨＥＬＰ")]
    public void Case_accents_punctuation_please_and_mentions_are_tolerated(string text) =>
        Assert.Equal(MemberCommandKind.Help, CommandParser.Parse(text)?.Kind);

    [Theory]
    [InlineData("SHOW MY ANSWERS", MemberCommandKind.Show)]
    [InlineData("Show my answers, please.", MemberCommandKind.Show)]
    [InlineData("Forget   me!!", MemberCommandKind.ForgetMe)]
    [InlineData("Never-mind", MemberCommandKind.Cancel)]
    [InlineData("EXPORT MY DATA", MemberCommandKind.Export)]
    [InlineData("Résumé", MemberCommandKind.Resume)]
    public void Variants_of_other_commands(string text, MemberCommandKind kind) =>
        Assert.Equal(kind, CommandParser.Parse(text)?.Kind);

    [Theory]
    [InlineData("edit 1", ProfileField.Accomplish)]
    [InlineData("edit accomplish", ProfileField.Accomplish)]
    [InlineData("edit goal", ProfileField.Accomplish)]
    [InlineData("edit goals", ProfileField.Accomplish)]
    [InlineData("update my goal", ProfileField.Accomplish)]
    [InlineData("change answer 1", ProfileField.Accomplish)]
    [InlineData("edit 2", ProfileField.ConnectWith)]
    [InlineData("edit connect", ProfileField.ConnectWith)]
    [InlineData("edit who", ProfileField.ConnectWith)]
    [InlineData("edit connection", ProfileField.ConnectWith)]
    [InlineData("update connect with", ProfileField.ConnectWith)]
    [InlineData("Change #2", ProfileField.ConnectWith)]
    [InlineData("edit 3", ProfileField.Offer)]
    [InlineData("edit offer", ProfileField.Offer)]
    [InlineData("edit help", ProfileField.Offer)]
    [InlineData("edit give", ProfileField.Offer)]
    [InlineData("please update my offer", ProfileField.Offer)]
    [InlineData("EDIT 3!", ProfileField.Offer)]
    public void Edit_with_a_field(string text, ProfileField field) =>
        Assert.Equal(new MemberCommand(MemberCommandKind.Edit, field), CommandParser.Parse(text));

    [Theory]
    [InlineData("edit all")]
    [InlineData("update everything")]
    [InlineData("change all my answers")]
    [InlineData("Edit everything.")]
    public void Edit_All(string text) =>
        Assert.Equal(new MemberCommand(MemberCommandKind.Edit, All: true), CommandParser.Parse(text));

    [Theory]
    [InlineData("edit")]
    [InlineData("update")]
    [InlineData("change")]
    [InlineData("update my answers")]
    public void Edit_without_a_field_leaves_the_choice_to_the_caller(string text) =>
        Assert.Equal(new MemberCommand(MemberCommandKind.Edit), CommandParser.Parse(text));

    [Theory]
    [InlineData("pause")]
    [InlineData("Pause!")]
    [InlineData("snooze")]
    [InlineData("take a break")]
    public void Pause_without_weeks_is_until_resume(string text) =>
        Assert.Equal(new MemberCommand(MemberCommandKind.Pause), CommandParser.Parse(text));

    [Theory]
    [InlineData("pause 2 weeks", 2)]
    [InlineData("pause for 3 weeks", 3)]
    [InlineData("pause 1 week", 1)]
    [InlineData("snooze 2 weeks", 2)]
    [InlineData("take a break for 4 weeks", 4)]
    [InlineData("pause for a week", 1)]
    [InlineData("pause two weeks", 2)]
    [InlineData("Pause for 52 weeks, please", 52)]
    public void Pause_for_weeks(string text, int weeks) =>
        Assert.Equal(new MemberCommand(MemberCommandKind.Pause, Weeks: weeks), CommandParser.Parse(text));

    [Theory]
    [InlineData("pause 0 weeks", 0)]
    [InlineData("pause 53 weeks", 53)]
    [InlineData("pause 99999999999999999999 weeks", int.MaxValue)]
    public void Pause_out_of_range_is_returned_as_typed_for_the_caller_to_refuse(string text, int weeks) =>
        Assert.Equal(weeks, CommandParser.Parse(text)?.Weeks);

    [Theory]
    [InlineData("I want to help people export goods")]
    [InlineData("pause the assembly line safely")]
    [InlineData("help me find a mentor")]
    [InlineData("Someone who can show me the ropes")]
    [InlineData("I need to stop procrastinating")]
    [InlineData("update the billing system to the new API")]
    [InlineData("edit videos for the marketing team")]
    [InlineData("change management")]
    [InlineData("yes I would like to meet a designer")]
    [InlineData("no idea yet, maybe data science")]
    [InlineData("I want to forget me-first habits")]
    [InlineData("pause for 2 months")]
    [InlineData("skip the small talk and ship faster")]
    [InlineData("my data pipeline is slow")]
    [InlineData("nothing beats shipping")]
    public void Sentences_that_contain_a_command_word_are_not_commands(string text) =>
        Assert.Null(CommandParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("🎉")]
    [InlineData("<at>ConnectorBot</at>")]
    [InlineData("please")]
    public void Empty_or_nothing_but_noise_is_not_a_command(string text) =>
        Assert.Null(CommandParser.Parse(text));
}
