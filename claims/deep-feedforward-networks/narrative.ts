// Sentences of sources/deep-feedforward-networks.md that assert nothing true or false, each with its reason.
import { defineNarrative } from '../../src/claim/index.js';

export const narrative = defineNarrative('deep-feedforward-networks.md', [
  // 引言
  { quote: '本文直面这些挑战，提供了一条从理论到实践的清晰路径', reason: 'outline: describes what the article sets out to do' },
  { quote: '第一章“原理与机制”将把网络解构为其核心组件', reason: 'outline of the next chapter; each topic it lists is checked where the chapter states it' },
  { quote: '随后，“应用与跨学科联系”一章将探讨', reason: 'outline of a later chapter (not part of this source file, which ends with 知识的代价)' },
  // 原理与机制
  { quote: '想象一下建造一个宏伟而复杂的时钟', reason: 'metaphor (the clock)' },
  { quote: '你不会一开始就随意地将齿轮堆砌在一起', reason: 'metaphor (the clock)' },
  { quote: '你会从一个完美的单一齿轮开始', reason: 'metaphor (the clock)' },
  { quote: '构建[深度神经网络](@article_id:640465)与此非常相似', reason: 'metaphor: likens building a network to building the clock' },
  { quote: '这是一段从简单到复杂的旅程', reason: 'metaphor (the journey)' },
  { quote: '在本章中，我们将踏上这段旅程', reason: 'outline of the chapter' },
  // 深度的幻象与激活的火花
  { quote: '在核心层面，单个-人造[神经元](@article_id:324093)是一个简单的设备', reason: 'framing ("a simple device"); what the neuron computes is checked in the next sentence (neuron-weighted-sum)' },
  { quote: '这个决定由一个**[激活函数](@article_id:302225)**控制', reason: 'naming: introduces the term activation function' },
  { quote: '如果我们将这些[神经元](@article_id:324093)堆叠成层会发生什么', reason: 'rhetorical question' },
  { quote: '让我们从最简单的情况开始', reason: 'transition: sets up the identity-activation case' },
  { quote: '一个由这些层堆叠而成的所谓深度线性网络，可能看起来很强大', reason: 'a statement about appearances ("may look powerful") set up to be overturned; the fact is checked by deep-linear-is-affine' },
  { quote: '但一个惊人的事实浮现了', reason: 'transition' },
  { quote: '这是一种深度的幻象；你建造了一座积木塔', reason: 'metaphor restating the previous sentence (deep-linear-is-affine)' },
  { quote: '那么，什么样的激活函数才是好的呢', reason: 'rhetorical question' },
  { quote: '然而，这种简单性也带来了一个特殊的问题', reason: 'transition to the dying-ReLU sentences, which are checked one by one' },
  // 深度的危险
  { quote: '有了非线性激活函数，我们终于可以构建真正的深度网络', reason: 'transition restating the previous section (nonlinearity-builds-complexity)' },
  { quote: '但在解决一个问题的同时，我们又制造了另一个更隐蔽的问题', reason: 'transition' },
  { quote: '可以把它想象成一个传话游戏', reason: 'metaphor (the telephone game)' },
  { quote: '如果队伍中的每个人都轻声传递信息', reason: 'metaphor (the telephone game)' },
  { quote: '如果每个人都稍大声地喊出信息', reason: 'metaphor (the telephone game)' },
  { quote: '在我们的网络中，“信息”就是梯度信号', reason: 'maps the metaphor onto the network; the product of Jacobians itself is checked by backprop-is-a-product-of-layer-jacobians' },
  { quote: '一个深度网络可以被看作是一个函数 $f(x)$', reason: 'framing: a point of view, not a statement' },
  { quote: '我们希望输入 $x$ 的微小变化能导致输出 $f(x)$ 成比例的微小变化', reason: 'a wish (what we would like), not a statement' },
  { quote: '深度是一片充满险峻的领域', reason: 'metaphor' },
  // 驯服猛兽，第一部分
  { quote: '我们究竟如何才能训练一个如此根本不稳定的网络呢', reason: 'rhetorical question' },
  { quote: '第一道防线是在开始时非常、非常小心', reason: 'metaphor (line of defence) introducing initialisation' },
  { quote: '这就是**[权重初始化](@article_id:641245)**的科学', reason: 'naming' },
  { quote: '我们希望每一层的增益平均恰好为1', reason: 'a wish restating the goal; whether it is met is checked by he-relu-gradient-factor and variance-preserved-both-ways' },
  // 驯服猛兽，第二部分
  { quote: '我们需要一个更鲁棒的、架构层面的解决方案', reason: 'transition' },
  { quote: '当答案出现时，它简单得令人惊叹', reason: 'naming the residual connection, with an exclamation; what it does is checked by the claims that follow' },
  { quote: '与其强迫一个层堆栈学习一个复杂的变换', reason: 'rhetorical question proposing the residual form H(x) = x + F(x) (a definition)' },
  { quote: '原始输入 $x$ 通过一个干净的“跳跃连接”被前传', reason: 'definition of the skip connection' },
  { quote: '让我们回到简单的线性模型', reason: 'transition' },
  { quote: '一个普通网络计算 $x_{l+1} = W_l x_l$', reason: 'definition of the plain linear model (its Jacobian is checked next)' },
  { quote: '奇迹就在于此', reason: 'transition' },
  { quote: '这也重新定义了学习问题本身', reason: 'transition' },
  // 知识的代价
  { quote: '最后，我们必须承认一个现实', reason: 'transition' },
  { quote: '然而，**训练**（**Training**）则是另一回事', reason: 'transition' },
  { quote: '赋予我们网络力量的深度也使其对内存极度渴求', reason: 'hyperbolic restatement of the previous sentence (training-memory-p-plus-bld); adds no new quantity' },
  { quote: '这就是学习的代价', reason: 'metaphor (remembering the way back)' },
]);
