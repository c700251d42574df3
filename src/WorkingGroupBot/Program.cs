using WorkingGroupBot.Hosting;

var app = BotApplication.Create(args);
app.Run();
