/**
 * Common given names, used only to recognise a person in a sentence that is already
 * negative ("Priya didn't test…"). Names that are also common words or tool names
 * (Will, May, Mark, Max, Grant, Chase, Jenkins, Travis, Ruby, Julia, Ada…) are left out
 * on purpose: a missed name costs less than a false blame finding.
 */
export const GIVEN_NAMES: readonly string[] = [
  // English-speaking
  'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aiden', 'Alan', 'Albert', 'Alex', 'Alexander', 'Alexandra', 'Alice', 'Alicia',
  'Alison', 'Allison', 'Amanda', 'Amber', 'Amy', 'Andrea', 'Andrew', 'Andy', 'Angela', 'Anna', 'Anne', 'Anthony',
  'Ashley', 'Austin', 'Barbara', 'Ben', 'Benjamin', 'Beth', 'Betty', 'Bob', 'Bobby', 'Brad', 'Bradley', 'Brandon',
  'Brenda', 'Brian', 'Brittany', 'Bruce', 'Bryan', 'Caleb', 'Cameron', 'Carl', 'Carol', 'Caroline', 'Catherine',
  'Charles', 'Charlie', 'Charlotte', 'Chloe', 'Chris', 'Christian', 'Christina', 'Christine', 'Christopher', 'Claire',
  'Cody', 'Colin', 'Connor', 'Craig', 'Cynthia', 'Dan', 'Daniel', 'Danielle', 'Dave', 'David', 'Debbie', 'Deborah',
  'Dennis', 'Derek', 'Diana', 'Diane', 'Donald', 'Donna', 'Doug', 'Douglas', 'Dylan', 'Ed', 'Eddie', 'Edward',
  'Eleanor', 'Elizabeth', 'Ella', 'Ellen', 'Emily', 'Emma', 'Eric', 'Erica', 'Erin', 'Ethan', 'Evan', 'Frank', 'Fred',
  'Gary', 'George', 'Greg', 'Gregory', 'Hannah', 'Harry', 'Heather', 'Helen', 'Henry', 'Ian', 'Isaac', 'Jacob', 'Jake',
  'James', 'Jamie', 'Jane', 'Janet', 'Jared', 'Jason', 'Jeff', 'Jeffrey', 'Jen', 'Jenna', 'Jennifer', 'Jenny', 'Jeremy',
  'Jerry', 'Jess', 'Jessica', 'Jim', 'Jimmy', 'Joan', 'Joe', 'Joel', 'John', 'Johnny', 'Jon', 'Jonathan', 'Jordan',
  'Joseph', 'Josh', 'Joshua', 'Joyce', 'Judy', 'Julie', 'Justin', 'Karen', 'Kate', 'Katherine', 'Kathy', 'Katie',
  'Keith', 'Kelly', 'Ken', 'Kenneth', 'Kevin', 'Kim', 'Kimberly', 'Kyle', 'Larry', 'Laura', 'Lauren', 'Leah', 'Lisa',
  'Liz', 'Logan', 'Lucas', 'Lucy', 'Luke', 'Madison', 'Maggie', 'Margaret', 'Marie', 'Martha', 'Martin', 'Mary',
  'Matt', 'Matthew', 'Megan', 'Melissa', 'Michael', 'Michelle', 'Mike', 'Mitchell', 'Molly', 'Nancy', 'Natalie',
  'Nathan', 'Neil', 'Nicholas', 'Nick', 'Nicole', 'Noah', 'Oliver', 'Olivia', 'Owen', 'Pamela', 'Patrick', 'Paul',
  'Peter', 'Phil', 'Philip', 'Rachel', 'Rebecca', 'Richard', 'Rick', 'Rob', 'Robert', 'Robin', 'Roger', 'Ron',
  'Ronald', 'Russell', 'Ryan', 'Sam', 'Samantha', 'Samuel', 'Sandra', 'Sara', 'Sarah', 'Scott', 'Sean', 'Sharon',
  'Shawn', 'Simon', 'Sophie', 'Stephanie', 'Stephen', 'Steve', 'Steven', 'Susan', 'Tammy', 'Taylor', 'Teresa',
  'Thomas', 'Tim', 'Timothy', 'Tina', 'Todd', 'Tom', 'Tony', 'Tyler', 'Valerie', 'Vanessa', 'Victoria', 'Vincent',
  'Walter', 'Wayne', 'William', 'Zach', 'Zoe',
  // South Asian
  'Aarav', 'Aditi', 'Aditya', 'Amit', 'Ananya', 'Anil', 'Anjali', 'Arjun', 'Deepak', 'Divya', 'Ganesh', 'Kavya',
  'Krishna', 'Lakshmi', 'Manish', 'Meera', 'Neha', 'Nikhil', 'Pooja', 'Pradeep', 'Priya', 'Rahul', 'Raj', 'Rajesh',
  'Ravi', 'Rohan', 'Sanjay', 'Shreya', 'Sneha', 'Sunil', 'Suresh', 'Vijay', 'Vikram',
  // East and South-East Asian
  'Akira', 'Haruto', 'Hiroshi', 'Jun', 'Kenji', 'Mei', 'Ming', 'Sakura', 'Takashi', 'Wei', 'Xiao', 'Yuki', 'Yuto',
  'Jia', 'Hao', 'Min-jun', 'Seo-yeon', 'Ji-woo', 'Minh', 'Linh', 'Thanh',
  // Arabic, Persian, Turkish, African
  'Ahmed', 'Ali', 'Amina', 'Aisha', 'Fatima', 'Hassan', 'Karim', 'Layla', 'Mohammed', 'Mohamed', 'Muhammad', 'Omar',
  'Yusuf', 'Zainab', 'Reza', 'Dariush', 'Mehmet', 'Emre', 'Ayşe', 'Chinedu', 'Kwame', 'Ngozi', 'Oluwaseun', 'Thabo',
  // European, Latin American
  'Alejandro', 'Ana', 'Andrés', 'Camila', 'Carlos', 'Diego', 'Elena', 'Fernando', 'Francesca', 'Giulia', 'Giovanni',
  'Hans', 'Ingrid', 'Isabel', 'Javier', 'João', 'Jorge', 'José', 'Juan', 'Jürgen', 'Klaus', 'Lars', 'Luca', 'Lucía',
  'Luis', 'Magnus', 'Marco', 'María', 'Maria', 'Mateo', 'Miguel', 'Nina', 'Olga', 'Pablo', 'Pedro', 'Pierre',
  'Rafael', 'Sofia', 'Sofía', 'Stefan', 'Sven', 'Tomasz', 'Ivan', 'Dmitri', 'Natasha', 'Sergei', 'Katarzyna',
  'Piotr', 'Anders', 'Astrid', 'Bjorn', 'Freya', 'Mette', 'Jens', 'Dirk', 'Femke', 'Sanne', 'Mathieu', 'Camille',
];
